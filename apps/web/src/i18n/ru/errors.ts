import type { errors as english } from "../en/errors.ts";
import type { Translation } from "../translation.ts";

export const errors: Translation<typeof english> = {
  "error.code.STALE_WRITE":
    "Пока вы работали, утверждение изменил кто-то другой. Перезагрузите, чтобы увидеть изменения; введённый текст сохранится.",
  "error.code.LOCKED": "С этим утверждением сейчас работает коллега. Заберите его себе или подождите.",
  "error.code.OWN_VERDICT": "Этот вердикт написали вы: его должен утвердить второй человек.",
  "error.code.FOUR_EYES_ROLE": "В вашей команде вторую проверку проводят редакторы.",
  "error.code.PASSWORD_CHANGE_REQUIRED": "Прежде чем продолжить, выберите новый пароль.",
  "error.code.TOO_MANY_LOGIN_ATTEMPTS":
    "Слишком много неудачных попыток входа в эту учётную запись или с этого адреса. Повторите через {retryAfterSeconds} с.",
  "error.code.PASSWORD_REUSED": "Новый пароль совпадает с текущим. Выберите другой пароль.",
  "error.code.PASSWORD_TOO_WEAK":
    "Этот пароль слишком легко угадать. Используйте более длинную фразу из не связанных между собой слов.",
  "error.code.INVALID_TRANSITION": "Статус утверждения изменился: перезагрузите страницу.",
  "error.generic": "Сервер отклонил этот запрос.",
  "error.network": "Нет связи с сервером. Проверьте подключение и повторите.",
  "error.code.LAST_ADMIN":
    "Это последний активный администратор. Сначала назначьте администратором другую учётную запись.",
  "error.code.TOTP_INVALID": "Код неверен или уже использован. Дождитесь следующего кода или введите резервный код.",
  "error.code.TOTP_ENROLMENT_REQUIRED": "Ваша команда требует двухфакторный вход: настройте его, чтобы продолжить.",
  "error.code.CHECKLIST_INCOMPLETE": "Отметьте обязательные пункты чек-листа перед отправкой вердикта: {missing}.",
  "error.code.TAG_NAME_TAKEN": "Тег «{name}» уже есть.",
  "error.code.EMAIL_NOT_SET": "Нет адреса для подтверждения: сначала введите и сохраните его.",
  "error.code.EMAIL_ALREADY_VERIFIED": "Этот адрес уже подтверждён.",
  "error.code.MAIL_NOT_SET_UP":
    "Редакция не настроила почту, поэтому ссылку отправить нельзя: попросите администратора ввести SMTP-сервер.",
  "error.code.EMAIL_VERIFICATION_NOT_SENT": "Почтовый сервер не принял письмо со ссылкой: {reason}. Попробуйте позже.",
  "error.code.EMAIL_VERIFICATION_UNKNOWN":
    "Эта ссылка для подтверждения недействительна. Откройте её ещё раз из письма или отправьте новую со страницы «Мой аккаунт».",
  "error.code.EMAIL_VERIFICATION_EXPIRED": "Срок действия ссылки истёк. Отправьте новую со страницы «Мой аккаунт».",
  "error.code.EMAIL_VERIFICATION_USED": "Эта ссылка уже использована: адрес по ней подтверждён.",
  "error.code.EMAIL_VERIFICATION_SUPERSEDED":
    "Адрес почты в аккаунте изменился после отправки этой ссылки. Откройте ссылку, отправленную на новый адрес.",
  "error.code.CLAIM_NOT_FOUND": "Этого утверждения нет или оно объединено с другим. Вернитесь к очереди.",
  "error.code.NOTICE_NOT_FOUND": "Этой заметки нет. Обновите утверждение.",
  "error.code.USER_NOT_FOUND": "Этой учётной записи нет. Обновите список.",
  "error.code.TAG_NOT_FOUND": "Этого тега больше нет. Обновите теги.",
  "error.code.SOURCE_NOT_FOUND": "Этого источника больше нет. Обновите список.",
  "error.code.SOURCE_URL_TAKEN": "Этот адрес уже добавлен как источник.",
  "error.code.CLAIM_ALREADY_MERGED": "Одно из этих утверждений уже объединено с другим.",
  "error.code.MERGE_INTO_ITSELF": "Утверждение нельзя объединить с самим собой.",
  "error.code.MERGE_AWAY_PUBLISHED":
    "У поглощаемого утверждения есть опубликованные заметки: объедините в обратную сторону.",
  "error.code.DUPLICATE_OF_ITSELF": "Утверждение не может быть дубликатом самого себя.",
  "error.code.ONLY_ITEM_OF_CLAIM": "Это единственный материал утверждения: отделять его не от чего.",
  "error.code.NOTICE_ALREADY_PUBLISHED": "Заметка на этом языке уже опубликована: внесите исправление.",
  "error.code.NOTICE_HEADLINE_ONLY_LABEL":
    "В заголовке только метка вердикта: напишите, о чём утверждение, метку страница добавит сама.",
  "error.code.TOKEN_ALREADY_REVOKED": "Этот токен уже отозван.",
  "error.code.WEBHOOK_ALREADY_OFF": "Этот вебхук уже отключён.",
  "error.code.TIPLINE_NO_BOT_TOKEN": "Сначала задайте токен бота: вебхук подключается через бота.",
  "error.code.TIPLINE_BOT_API_REFUSED": "Telegram не принял смену способа доставки: {reason}. Ничего не изменено.",
  "error.code.ROLE_UNCHANGED": "У {username} уже эта роль.",
  "error.code.ALREADY_ACTIVE": "{username} уже активен.",
  "error.code.ALREADY_DEACTIVATED": "{username} уже отключён.",
  "error.code.TOTP_ALREADY_ON": "Двухфакторный вход для этой учётной записи уже включён.",
  "error.code.TOTP_NOT_ON": "У {username} нет двухфакторного входа.",
  "error.code.ASSIGNEE_NOT_ELIGIBLE":
    "Утверждения назначаются только активному проверяющему, редактору или администратору.",
  "error.code.CLAIM_TAG_LIMIT": "У утверждения не больше {max} тегов.",
  "error.code.SEARCH_NO_WORDS": "В поисковом запросе нет слов.",
  "error.code.ROLE_NOT_ALLOWED": "Это действие доступно только ролям: {allowedRoles}; ваша роль — {role}.",
  "error.code.EVIDENCE_URL_REFUSED":
    "Ссылка на доказательство {position} ({url}) ведёт не на общедоступную веб-страницу, архив не сможет её сохранить. Укажите страницу, которую могут открыть читатели.",
  "error.code.CHECKLIST_CHANGED":
    "Чек-лист проверки изменился, пока было открыто это утверждение. Перезагрузите страницу, чтобы увидеть текущий чек-лист.",
  "error.code.CHECKLIST_ITEM_GONE": "Пункт {position} чек-листа за это время удалили. Перезагрузите чек-лист.",
  "error.code.VERDICT_NOT_FOUND": "Этого вердикта больше нет. Перезагрузите утверждение.",
  "error.code.COMMENT_NOT_FOUND": "Комментарий не найден после сохранения. Перезагрузите утверждение.",
  "error.code.SAVED_VIEW_NOT_FOUND": "Этого сохранённого вида больше нет. Перезагрузите очередь.",
  "error.code.ITEM_NOT_FOUND": "Этой публикации больше нет. Перезагрузите утверждение.",
  "error.code.ITEM_NOT_IN_CLAIM": "Эта публикация больше не входит ни в одно утверждение. Перезагрузите утверждение.",
  "error.code.TIP_NOT_FOUND":
    "Этого сообщения читателя больше нет, или у него нет отправителя, которого можно стереть. Перезагрузите список.",
  "error.code.NOTIFICATION_NOT_FOUND": "Этого уведомления больше нет.",
  "error.code.SESSION_NOT_FOUND": "Этот сеанс уже завершён. Перезагрузите список.",
  "error.code.TOTP_ENROLMENT_NOT_STARTED": "Сначала начните настройку двухфакторного входа, затем введите код.",
  "error.code.CHECKPOINT_NOT_FOUND": "На событии {seq} нет контрольной точки.",
  "error.code.TOKEN_NOT_FOUND": "Этого токена больше нет. Перезагрузите страницу.",
  "error.code.TOKEN_REVOKED": "Токен этой редакции отозван: сначала выпустите новый токен.",
  "error.code.WEBHOOK_NOT_FOUND": "Этого вебхука больше нет. Перезагрузите страницу.",
  "error.code.WEBHOOK_LIMIT":
    "У редакции {newsroom} уже {limit} активных вебхуков — больше на один токен нельзя. Сначала отключите один из них.",
  "error.code.API_TOKEN_MISSING": "Передайте API-токен редакции в заголовке Authorization.",
  "error.code.API_TOKEN_UNKNOWN": "Этот API-токен неизвестен: проверьте, что он скопирован целиком.",
  "error.code.API_TOKEN_REVOKED": "Этот API-токен отозван: попросите у администратора новый.",
  "error.code.INVALID_SINCE_CURSOR": "«{since}» — не курсор, выданный этим API.",
  "error.code.UPLOAD_EMPTY": "{name} пуст: загружать нечего.",
  "error.status.NOT_FOUND": "Не найдено: возможно, это удалено. Обновите страницу.",
  "error.status.CONFLICT": "Это противоречит изменению, сделанному тем временем. Обновите страницу и повторите.",
  "error.status.BAD_REQUEST": "Сервер отклонил этот запрос.",
  "error.status.FORBIDDEN": "У вас нет права на это действие.",
  "error.status.UNAUTHORIZED": "Войдите, чтобы продолжить.",
  "error.status.TOO_MANY_REQUESTS": "Слишком много попыток. Подождите немного и повторите.",
  "error.code.INVALID_CREDENTIALS": "Неверное имя пользователя или пароль.",
  "error.code.TOTP_REQUIRED": "Введите код из приложения-аутентификатора.",
  "error.code.VERDICT_LABEL_NOT_FOUND": "Этой метки вердикта больше нет. Обновите страницу.",
  "error.code.VERDICT_LABEL_IN_USE":
    "Эту метку уже носят вердикты ({uses}), её нельзя удалить. Выведите её из употребления.",
  "error.code.VERDICT_LABEL_RETIRED": "Эта метка выведена из употребления. Выберите другую.",
  "error.code.VERDICT_LABEL_MEANING": "Метка не соответствует этому вердикту. Обновите страницу и выберите снова.",
};
