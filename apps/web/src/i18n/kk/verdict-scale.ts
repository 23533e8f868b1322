import type { verdictScale as english } from "../en/verdict-scale.ts";
import type { Translation } from "../translation.ts";

export const verdictScale: Translation<typeof english> = {
  "verdictScale.title": "Қорытынды шкаласы",
  "verdictScale.hint":
    "Тексерушілер таңдайтын белгілер, осы ретпен. Әрқайсысы қазақ, орыс және ағылшын тілінде жазылады, түсі, ClaimReview-те жарияланатын бағасы (1 жалған … 5 рас) және қайта шығуды анықтау мен метрикалар санайтын кіріктірілген мағынасы бар. Жарияланған хабарлама белгіні жарияланған кездегідей сақтайды.",
  "verdictScale.wording.kk": "Қазақша",
  "verdictScale.wording.ru": "Орысша",
  "verdictScale.wording.en": "Ағылшынша",
  "verdictScale.colour": "Түсі",
  "verdictScale.rating": "Баға",
  "verdictScale.ratingValue.1": "1 — жалған",
  "verdictScale.ratingValue.2": "2 — көбіне жалған",
  "verdictScale.ratingValue.3": "3 — аралас",
  "verdictScale.ratingValue.4": "4 — көбіне рас",
  "verdictScale.ratingValue.5": "5 — рас",
  "verdictScale.meaning": "Мағынасы",
  "verdictScale.summary": "Баға {rating} · мағынасы «{meaning}»",
  "verdictScale.retired": "қолданыстан шыққан",
  "verdictScale.addTitle": "Белгі қосу",
  "verdictScale.add": "Белгіні қосу",
  "verdictScale.save": "Сақтау",
  "verdictScale.cancel": "Болдырмау",
  "verdictScale.edit": "«{label}» белгісін өзгерту",
  "verdictScale.editShort": "Өзгерту",
  "verdictScale.editLabel": "«{label}» белгісін өзгерту",
  "verdictScale.moveUp": "«{label}» белгісін жоғары жылжыту",
  "verdictScale.moveDown": "«{label}» белгісін төмен жылжыту",
  "verdictScale.retire": "«{label}» белгісін қолданыстан шығару",
  "verdictScale.retireShort": "Қолданыстан шығару",
  "verdictScale.restore": "«{label}» белгісін қайтару",
  "verdictScale.restoreShort": "Қайтару",
  "verdictScale.delete": "«{label}» белгісін жою",
  "verdictScale.deleteConfirm":
    "«{label}» белгісін жою керек пе? Ешбір қорытындыда қолданылмаған белгіні ғана жоюға болады; қалғандарын қолданыстан шығарыңыз.",
};
