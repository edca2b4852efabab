// English strings of the popup. Part of the English catalog (en.ts).
export const popupEn = {} as const;
