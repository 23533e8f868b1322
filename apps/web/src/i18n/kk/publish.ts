import type { publish as english } from "../en/publish.ts";
import type { Translation } from "../translation.ts";

export const publish: Translation<typeof english> = {
  "publish.title": "Хабарлама жариялау",
  "publish.language": "Тілі",
  "publish.headline": "Тақырып",
  "publish.labelAdded":
    "«{label}» белгісі хабарлама бетінде және арналарда тақырыптың алдына өзі қойылады: оны жазудың қажеті жоқ.",
  "publish.summary": "Түйіндеме",
  "publish.submit": "Хабарламаны жариялау",
  "publish.submitting": "Жариялануда…",
  "publish.allDone": "Хабарламалар барлық тілде жарияланды.",
  "publish.notices": "Жарияланған хабарламалар",
  "publish.noNotices": "Әзірге хабарлама жарияланбаған.",
  "publish.feeds": "Ашық арналар:",
  "publish.feedXml": "RSS арнасы (feed.xml)",
  "publish.feedJson": "JSON арнасы (feed.json)",
  "publish.done": "Хабарлама жарияланды.",
  "publish.noticeLink": "{lang} хабарлама",
  "correct.open": "Түзету немесе кері қайтарып алу",
  "correct.title": "{lang} хабарламаны түзету (нұсқа {version})",
  "correct.changeNote": "Өзгеріс туралы ескертпе (жария көрсетіледі)",
  "correct.submit": "Түзетуді жариялау",
  "correct.retract": "Хабарламаны кері қайтарып алу",
  "correct.retractHint":
    "Кері қайтарып алынған хабарламаның беті анық белгімен сақталады; себебі өзгеріс туралы ескертпеде жазылады.",
  "correct.done": "{version}-нұсқа жарияланды.",
  "correct.cancel": "Жабу",
  "correct.retracted": "кері қайтарып алынды",
  "correct.published": "Түзету жарияланды: {version}-нұсқа енді жария.",
  "retract.open": "Хабарламаны кері қайтарып алу…",
  "retract.confirm":
    "«{headline}» хабарламасын кері қайтарып аласыз ба? Оның беті кері қайтарылғаны туралы белгімен сақталады, арналарда да солай көрсетіледі.",
  "retract.reason": "Кері қайтару себебі (жария көрсетіледі)",
  "retract.submit": "Иә, «{headline}» кері қайтарылсын",
  "retract.cancel": "Бас тарту",
  "retract.done": "Хабарлама кері қайтарылды ({version}-нұсқа).",
};
