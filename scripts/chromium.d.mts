export function findChromium(): string | null;
export function isDebian(): boolean;
