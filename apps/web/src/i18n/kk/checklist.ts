import type { checklist as english } from "../en/checklist.ts";
import type { Translation } from "../translation.ts";

export const checklist: Translation<typeof english> = {
  "checklist.title": "Тексеру тізімі",
  "checklist.hint":
    "Әр үкім формасында көрсетіледі; міндетті тармақтар үкім жіберілмес бұрын белгіленуі тиіс. Бұрын жазылған үкімдер өз белгілері мен мәтіндерін сақтайды.",
  "checklist.itemText": "Тізімнің {n}-тармағы",
  "checklist.required": "міндетті",
  "checklist.up": "{n}-тармақты жоғары жылжыту",
  "checklist.down": "{n}-тармақты төмен жылжыту",
  "checklist.remove": "{n}-тармақты өшіру",
  "checklist.add": "Тармақ қосу",
  "checklist.save": "Тізімді сақтау",
  "checklist.saved": "Тізім сақталды.",
  "checklist.legend": "Тексеру тізімі",
  "checklist.requiredNote": "* белгісі бар тармақтар міндетті.",
  "checklist.needTicks": "Үкімді жібермес бұрын барлық міндетті тармақтарды белгілеңіз.",
  "checklist.ticksTitle": "Тексеру тізімі",
  "checklist.ticked": "белгіленген",
  "checklist.notTicked": "белгіленбеген",
};
