import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '@/i18n/vi.json';
import en from '@/i18n/en.json';
import yearVi from '@/i18n/year.vi.json';
import yearEn from '@/i18n/year.en.json';
import scoringVi from '@/i18n/scoring.vi.json';
import scoringEn from '@/i18n/scoring.en.json';
import rankingVi from '@/i18n/ranking.vi.json';
import rankingEn from '@/i18n/ranking.en.json';
import leadershipVi from '@/i18n/leadership.vi.json';
import leadershipEn from '@/i18n/leadership.en.json';
import voteVi from '@/i18n/vote.vi.json';
import voteEn from '@/i18n/vote.en.json';
import awardVi from '@/i18n/award.vi.json';
import awardEn from '@/i18n/award.en.json';
import paperCountVi from '@/i18n/paper-count.vi.json';
import paperCountEn from '@/i18n/paper-count.en.json';
import publicVi from '@/i18n/public.vi.json';
import publicEn from '@/i18n/public.en.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'thidua.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

/** Vietnamese by default; the choice (only the language) is remembered in localStorage. */
export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { vi: { translation: { ...vi, ...yearVi, ...scoringVi, ...rankingVi, ...leadershipVi, ...voteVi, ...awardVi, ...paperCountVi, ...publicVi } }, en: { translation: { ...en, ...yearEn, ...scoringEn, ...rankingEn, ...leadershipEn, ...voteEn, ...awardEn, ...paperCountEn, ...publicEn } } },
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const apply = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = isLanguage(lng) ? lng : 'vi';
  };
  apply(instance.language);
  instance.on('languageChanged', (lng) => {
    apply(lng);
    try {
      if (isLanguage(lng)) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      /* private mode: not remembered */
    }
  });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.language) ? instance.language : 'vi';
}
