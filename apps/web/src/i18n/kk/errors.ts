import type { errors as english } from "../en/errors.ts";
import type { Translation } from "../translation.ts";

export const errors: Translation<typeof english> = {
  "error.code.STALE_WRITE":
    "Сіз ашқаннан бері бұл мәлімдемені біреу өзгертті. Өзгерісті көру үшін қайта жүктеңіз; жазғаныңыз сақталады.",
  "error.code.LOCKED": "Қазір бұл мәлімдемемен әріптесіңіз жұмыс істеп жатыр. Өзіңізге алыңыз немесе күтіңіз.",
  "error.code.OWN_VERDICT": "Бұл қорытындыны сіз жаздыңыз: оны екінші адам бекітуі керек.",
  "error.code.FOUR_EYES_ROLE": "Командаңызда екінші тексеруді редакторлар жүргізеді.",
  "error.code.PASSWORD_CHANGE_REQUIRED": "Жалғастырмас бұрын жаңа құпиясөз таңдаңыз.",
  "error.code.TOO_MANY_LOGIN_ATTEMPTS":
    "Бұл тіркелгіге немесе осы мекенжайдан кіру әрекеттерінің тым көбі сәтсіз болды. {retryAfterSeconds} секундтан кейін қайталап көріңіз.",
  "error.code.PASSWORD_REUSED": "Жаңа құпиясөз қазіргісімен бірдей. Басқа құпиясөз таңдаңыз.",
  "error.code.PASSWORD_TOO_WEAK":
    "Бұл құпиясөзді табу тым оңай. Бір-біріне қатысы жоқ сөздерден құралған ұзынырақ тіркес алыңыз.",
  "error.code.INVALID_TRANSITION": "Мәлімдеменің күйі өзгерді: қайта жүктеп, қараңыз.",
  "error.generic": "Сервер бұл сұрауды қабылдамады.",
  "error.network": "Серверге қосылу мүмкін емес. Байланысты тексеріп, қайталаңыз.",
  "error.code.LAST_ADMIN": "Бұл соңғы белсенді әкімші. Алдымен басқа есептік жазбаны әкімші етіңіз.",
  "error.code.TOTP_INVALID":
    "Код қате немесе бұрын қолданылған. Келесі кодты күтіңіз немесе қалпына келтіру кодын енгізіңіз.",
  "error.code.TOTP_ENROLMENT_REQUIRED": "Командаңыз екі факторлы кіруді талап етеді: жалғастыру үшін оны баптаңыз.",
  "error.code.CHECKLIST_INCOMPLETE": "Үкімді жібермес бұрын тізімнің міндетті тармақтарын белгілеңіз: {missing}.",
  "error.code.TAG_NAME_TAKEN": "«{name}» деген тег бар.",
  "error.code.EMAIL_NOT_SET": "Растайтын мекенжай жоқ: алдымен оны енгізіп, сақтаңыз.",
  "error.code.EMAIL_ALREADY_VERIFIED": "Бұл мекенжай расталып қойған.",
  "error.code.MAIL_NOT_SET_UP":
    "Редакция электрондық поштаны баптамаған, сондықтан сілтеме жіберу мүмкін емес: әкімшіден SMTP серверін енгізуді сұраңыз.",
  "error.code.EMAIL_VERIFICATION_NOT_SENT":
    "Пошта сервері сілтемесі бар хатты қабылдамады: {reason}. Кейінірек қайталаңыз.",
  "error.code.EMAIL_VERIFICATION_UNKNOWN":
    "Бұл растау сілтемесі жарамсыз. Оны хаттан қайта ашыңыз немесе «Менің аккаунтым» бетінен жаңасын жіберіңіз.",
  "error.code.EMAIL_VERIFICATION_EXPIRED":
    "Бұл растау сілтемесінің мерзімі өтті. «Менің аккаунтым» бетінен жаңасын жіберіңіз.",
  "error.code.EMAIL_VERIFICATION_USED": "Бұл сілтеме қолданылып қойған: мекенжай ол арқылы расталды.",
  "error.code.EMAIL_VERIFICATION_SUPERSEDED":
    "Сілтеме жіберілгеннен кейін аккаунттың пошта мекенжайы өзгерді. Жаңа мекенжайға жіберілген сілтемені ашыңыз.",
  "error.code.CLAIM_NOT_FOUND": "Бұл мәлімдеме жоқ немесе басқасымен біріктірілген. Кезекке оралыңыз.",
  "error.code.NOTICE_NOT_FOUND": "Бұл хабарлама жоқ. Мәлімдемені қайта жүктеңіз.",
  "error.code.USER_NOT_FOUND": "Бұл тіркелгі жоқ. Тізімді қайта жүктеңіз.",
  "error.code.TAG_NOT_FOUND": "Бұл тег енді жоқ. Тегтерді қайта жүктеңіз.",
  "error.code.SOURCE_NOT_FOUND": "Бұл дереккөз енді жоқ. Тізімді қайта жүктеңіз.",
  "error.code.SOURCE_URL_TAKEN": "Бұл мекенжай дереккөз ретінде тіркеліп қойған.",
  "error.code.CLAIM_ALREADY_MERGED": "Бұл мәлімдемелердің бірі басқа мәлімдемеге біріктіріліп қойған.",
  "error.code.MERGE_INTO_ITSELF": "Мәлімдемені өзіне біріктіруге болмайды.",
  "error.code.MERGE_AWAY_PUBLISHED":
    "Біріктірілетін мәлімдеменің жарияланған хабарламалары бар: керісінше біріктіріңіз.",
  "error.code.DUPLICATE_OF_ITSELF": "Мәлімдеме өзінің көшірмесі бола алмайды.",
  "error.code.ONLY_ITEM_OF_CLAIM": "Бұл — мәлімдеменің жалғыз материалы: оны бөліп шығаратын ештеңе жоқ.",
  "error.code.NOTICE_ALREADY_PUBLISHED": "Осы тілдегі хабарлама жарияланып қойған: оның орнына түзету енгізіңіз.",
  "error.code.NOTICE_HEADLINE_ONLY_LABEL":
    "Тақырыпта тек қорытынды белгісі тұр: мәлімдеменің өзін жазыңыз, белгіні бет өзі қосады.",
  "error.code.TOKEN_ALREADY_REVOKED": "Бұл токен бұрын қайтарылған.",
  "error.code.WEBHOOK_ALREADY_OFF": "Бұл webhook өшірулі тұр.",
  "error.code.TIPLINE_NO_BOT_TOKEN": "Алдымен бот токенін орнатыңыз: webhook бот арқылы қосылады.",
  "error.code.TIPLINE_BOT_API_REFUSED":
    "Telegram жеткізу тәсілінің өзгерісін қабылдамады: {reason}. Ештеңе өзгерген жоқ.",
  "error.code.ROLE_UNCHANGED": "{username} бұл рөлге ие.",
  "error.code.ALREADY_ACTIVE": "{username} белсенді.",
  "error.code.ALREADY_DEACTIVATED": "{username} өшірілген.",
  "error.code.TOTP_ALREADY_ON": "Бұл тіркелгіде екі факторлы кіру қосулы тұр.",
  "error.code.TOTP_NOT_ON": "{username} екі факторлы кіруді қоспаған.",
  "error.code.ASSIGNEE_NOT_ELIGIBLE":
    "Мәлімдемені тек белсенді тексерушіге, редакторға немесе әкімшіге тағайындауға болады.",
  "error.code.CLAIM_TAG_LIMIT": "Мәлімдемеде ең көбі {max} тег болады.",
  "error.code.SEARCH_NO_WORDS": "Іздеу сұрауында сөз жоқ.",
  "error.code.ROLE_NOT_ALLOWED": "Бұл әрекет тек мына рөлдерге қолжетімді: {allowedRoles}; сіздің рөліңіз — {role}.",
  "error.code.EVIDENCE_URL_REFUSED":
    "{position}-дәлел сілтемесі ({url}) жалпыға ашық веб-бет емес, мұрағат оны сақтай алмайды. Оқырман аша алатын бетке сілтеме беріңіз.",
  "error.code.CHECKLIST_CHANGED":
    "Мәлімдемені ашқаннан бері тексеру тізімі өзгерді. Ағымдағы тізімді көру үшін бетті қайта жүктеңіз.",
  "error.code.CHECKLIST_ITEM_GONE": "Тексеру тізімінің {position}-тармағы осы арада жойылды. Тізімді қайта жүктеңіз.",
  "error.code.VERDICT_NOT_FOUND": "Бұл қорытынды енді жоқ. Мәлімдемені қайта жүктеңіз.",
  "error.code.COMMENT_NOT_FOUND": "Пікір сақталғаннан кейін табылмады. Мәлімдемені қайта жүктеңіз.",
  "error.code.SAVED_VIEW_NOT_FOUND": "Бұл сақталған көрініс енді жоқ. Кезекті қайта жүктеңіз.",
  "error.code.ITEM_NOT_FOUND": "Бұл жарияланым енді жоқ. Мәлімдемені қайта жүктеңіз.",
  "error.code.ITEM_NOT_IN_CLAIM": "Бұл жарияланым енді ешбір мәлімдемеде жоқ. Мәлімдемені қайта жүктеңіз.",
  "error.code.TIP_NOT_FOUND":
    "Бұл оқырман хабары енді жоқ немесе оның өшірілетін жіберушісі жоқ. Тізімді қайта жүктеңіз.",
  "error.code.NOTIFICATION_NOT_FOUND": "Бұл хабарландыру енді жоқ.",
  "error.code.SESSION_NOT_FOUND": "Бұл сеанс аяқталып қойған. Тізімді қайта жүктеңіз.",
  "error.code.TOTP_ENROLMENT_NOT_STARTED":
    "Алдымен екі факторлы кіруді баптауды бастаңыз, содан кейін кодты енгізіңіз.",
  "error.code.CHECKPOINT_NOT_FOUND": "{seq}-оқиғада бақылау нүктесі жоқ.",
  "error.code.TOKEN_NOT_FOUND": "Бұл токен енді жоқ. Бетті қайта жүктеңіз.",
  "error.code.TOKEN_REVOKED": "Бұл редакцияның токені қайтарылған: алдымен жаңа токен шығарыңыз.",
  "error.code.WEBHOOK_NOT_FOUND": "Бұл webhook енді жоқ. Бетті қайта жүктеңіз.",
  "error.code.WEBHOOK_LIMIT":
    "{newsroom} редакциясында {limit} белсенді webhook бар, бір токенге бұдан көп болмайды. Алдымен біреуін өшіріңіз.",
  "error.code.API_TOKEN_MISSING": "Редакцияның API токенін Authorization тақырыбында жіберіңіз.",
  "error.code.API_TOKEN_UNKNOWN": "Бұл API токені белгісіз: оның толық көшірілгенін тексеріңіз.",
  "error.code.API_TOKEN_REVOKED": "Бұл API токені қайтарылған: әкімшіден жаңасын сұраңыз.",
  "error.code.INVALID_SINCE_CURSOR": "«{since}» — бұл API берген курсор емес.",
  "error.code.UPLOAD_EMPTY": "{name} бос: жүктейтін ештеңе жоқ.",
  "error.status.NOT_FOUND": "Табылмады: ол жойылған болуы мүмкін. Бетті қайта жүктеңіз.",
  "error.status.CONFLICT": "Бұл арада енгізілген өзгеріспен қайшы келеді. Бетті қайта жүктеп, қайталаңыз.",
  "error.status.BAD_REQUEST": "Сервер бұл сұрауды қабылдамады.",
  "error.status.FORBIDDEN": "Сізге мұны істеуге рұқсат жоқ.",
  "error.status.UNAUTHORIZED": "Жалғастыру үшін жүйеге кіріңіз.",
  "error.status.TOO_MANY_REQUESTS": "Әрекет тым көп. Біраз күтіп, қайталаңыз.",
  "error.code.INVALID_CREDENTIALS": "Пайдаланушы аты немесе құпиясөз қате.",
  "error.code.TOTP_REQUIRED": "Аутентификатор қолданбасындағы кодты енгізіңіз.",
  "error.code.VERDICT_LABEL_NOT_FOUND": "Бұл қорытынды белгісі енді жоқ. Бетті қайта жүктеңіз.",
  "error.code.VERDICT_LABEL_IN_USE":
    "Бұл белгі қорытындыларда қолданылған ({uses}), сондықтан оны жоюға болмайды. Оның орнына қолданыстан шығарыңыз.",
  "error.code.VERDICT_LABEL_RETIRED": "Бұл белгі қолданыстан шыққан. Басқасын таңдаңыз.",
  "error.code.VERDICT_LABEL_MEANING": "Бұл белгі осы қорытындыны білдірмейді. Бетті қайта жүктеп, қайта таңдаңыз.",
};
