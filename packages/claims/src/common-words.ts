import { skeletonWord } from "./transliterate.ts";

/**
 * Words too common in Kazakh and Russian news to say which claim a passage carries: function
 * words, pronouns, auxiliaries and the reporting verbs every story uses ("деді", "сообщил").
 * Passages are fingerprinted on the other words, so two stories sharing only "бұл туралы … деп
 * хабарлады" or "по словам … также отметил" share nothing. Kept short on purpose: a content word
 * listed here would weaken every match it appears in. Negations, "will be" and number words stay
 * out: "не будет" and "будет", "екі есе" and "үш есе" are different claims.
 */
const KAZAKH = `
мен бен пен және мен да де та те ма ме ба бе па пе ғой қой ғана қана тек әрі не немесе яғни
бұл осы сол ол олар біз сіз сен мен оның олардың бұның осының соның сондай осындай мұндай
қазір кейін бұрын дейін шейін соң үшін туралы арқылы бойынша қарай дейін сияқты
секілді ретінде жағынан тарапынан сайын бері гөрі қатар бірге бірақ алайда дегенмен себебі
өйткені сондықтан егер онда мұнда сонда ал да де әлі енді тағы тіпті барлық бәрі кез кейбір
әр өз өзі өзінің еді екен болды болып болса болатын болады бола болған болмайды
деп деді деген дейді делінген айтты айтқан айтуынша мәлімдеді хабарлады хабарлайды жазды
жазады атап өтті түсіндірді ескертті сөзінше мәліметінше дерегінше хабарлауынша ақпаратынша
`;

const RUSSIAN = `
и в во на с со что как а то по но из у за от к ко до о об обо для при же ли бы или да
это этот эта эти этого этой тот та те того той он она оно они его ее её их им ей мы вы я ты
все всё весь вся всех был была было были быть есть уже еще ещё также тоже
только так там тут здесь где когда если чтобы который которая которое которые которых
после перед через между под над около более менее очень может можно нужно надо также
сообщил сообщила сообщили сообщает сообщают заявил заявила заявили отметил отметила отметили
рассказал рассказала пояснил пояснила подчеркнул добавил добавила словам данным информации
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Skeletons (see `skeletonWord`) of the common words of both languages. */
export const COMMON_WORD_SKELETONS: ReadonlySet<string> = new Set(
  [...words(KAZAKH), ...words(RUSSIAN)].map(skeletonWord),
);

const kazakhSkeletons = new Set(words(KAZAKH).map(skeletonWord));
const russianSkeletons = new Set(words(RUSSIAN).map(skeletonWord));
/** Common words of one language only (as skeletons): which language a text is in, at a glance. */
export const KAZAKH_ONLY_SKELETONS: ReadonlySet<string> = new Set(
  [...kazakhSkeletons].filter((word) => !russianSkeletons.has(word)),
);
export const RUSSIAN_ONLY_SKELETONS: ReadonlySet<string> = new Set(
  [...russianSkeletons].filter((word) => !kazakhSkeletons.has(word)),
);
