import type { metrics as english } from "../en/metrics.ts";
import type { Translation } from "../translation.ts";

export const metrics: Translation<typeof english> = {
  "metrics.title": "Метрики",
  "metrics.from": "С",
  "metrics.to": "По",
  "metrics.language": "Язык",
  "metrics.ingested": "Загружено публикаций в день, по источникам",
  "metrics.verdicts": "Утверждённые вердикты в день",
  "metrics.toVerdict": "Медианное время от первого появления до вердикта",
  "metrics.toPublication": "Медианное время от первого появления до публикации",
  "metrics.hours": "{hours} ч",
  "metrics.noData": "За этот период данных нет.",
  "metrics.throughput": "Производительность фактчекеров",
  "metrics.submitted": "Написано вердиктов",
  "metrics.approved": "Вторых проверок",
  "metrics.resurfaced": "Всплывшие фейки: новые публикации утверждений, уже признанных фейком",
  "metrics.appearances": "Публикации",
  "metrics.byTag": "Утверждения по тегам",
  "metrics.byTagEmpty": "В этом периоде не появилось утверждений с тегами.",
  "metrics.tag": "Тег",
  "metrics.claims": "Утверждения",
  "metrics.undecided": "Без вердикта",
};
