import type { metrics as english } from "../en/metrics.ts";
import type { Translation } from "../translation.ts";

export const metrics: Translation<typeof english> = {
  "metrics.title": "Көрсеткіштер",
  "metrics.from": "Бастап",
  "metrics.to": "Дейін",
  "metrics.language": "Тілі",
  "metrics.ingested": "Күніне жүктелген жарияланымдар, дереккөз бойынша",
  "metrics.verdicts": "Күніне бекітілген қорытындылар",
  "metrics.toVerdict": "Алғаш пайда болғаннан қорытындыға дейінгі медиана уақыт",
  "metrics.toPublication": "Алғаш пайда болғаннан жариялауға дейінгі медиана уақыт",
  "metrics.hours": "{hours} сағ",
  "metrics.noData": "Бұл аралықта дерек жоқ.",
  "metrics.throughput": "Тексерушілердің өнімділігі",
  "metrics.submitted": "Жазылған қорытындылар",
  "metrics.approved": "Екінші тексерулер",
  "metrics.resurfaced": "Қайта шыққан фейктер: фейк деп танылған мәлімдемелердің жаңа жарияланымдары",
  "metrics.appearances": "Жарияланымдар",
  "metrics.byTag": "Тег бойынша мәлімдемелер",
  "metrics.byTagEmpty": "Бұл аралықта тегі бар мәлімдеме алғаш байқалмаған.",
  "metrics.tag": "Тег",
  "metrics.claims": "Мәлімдемелер",
  "metrics.undecided": "Шешілмеген",
};
