import type { tags as english } from "../en/tags.ts";
import type { Translation } from "../translation.ts";

export const tags: Translation<typeof english> = {
  "tags.title": "Тегтер",
  "tags.hint":
    "Мәлімдемелерге арналған белгілер (тақырып, өңір, сайлау…). Рецензенттер мен редакторлар оларды мәлімдемелерге қояды; кезек олар бойынша сүзіледі, көрсеткіштер мәлімдемелерді тег бойынша санайды.",
  "tags.name": "Тег атауы",
  "tags.colour": "Түсі",
  "tags.add": "Тег қосу",
  "tags.needName": "Тегке атау беріңіз (ең көбі 60 таңба).",
  "tags.delete": "«{name}» тегін жою",
  "tags.deleteConfirm": "«{name}» тегі жойылсын ба? Ол барлық мәлімдемеден алынады.",
  "tags.edit": "«{name}» тегінің атын немесе түсін өзгерту",
  "tags.editShort": "Атын өзгерту",
  "tags.editLabel": "«{name}» тегінің атын өзгерту",
  "tags.save": "Сақтау",
  "tags.cancel": "Болдырмау",
  "tags.claimTitle": "Тегтер",
  "tags.none": "Әзірге тег жоқ.",
  "tags.noneDefined": "Командаңызда әлі тег жоқ; оларды әкімші «Команда баптаулары» бетінде қосады.",
  "tags.toggle": "Мәлімдемеге қатысты тегтерді белгілеңіз",
  "tags.filter": "Тег",
  "tags.bulkTag": "Тег қосу",
  "tags.bulkUntag": "Тегті алу",
};
