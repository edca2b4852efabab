// English strings of the options. Part of the English catalog (en.ts).
export const optionsEn = {} as const;
