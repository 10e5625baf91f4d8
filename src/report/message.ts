import { en } from './messages/en.js';

export type MessageId = keyof typeof en;
export type MessageParams = Record<string, string | number>;

/** A text for the user, kept as an id and values until it is rendered in the user's language. */
export interface Message {
  id: MessageId;
  params?: MessageParams;
}

export const message = (id: MessageId, params?: MessageParams): Message => (params ? { id, params } : { id });

const catalogs = { en } as const;
export type Language = keyof typeof catalogs;

/** Fills `{name}` placeholders; a value missing from params stays visible rather than vanishing. */
export function render(text: Message, language: Language = 'en'): string {
  const template: string = catalogs[language][text.id];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(text.params?.[name] ?? whole));
}

export const t = (id: MessageId, params?: MessageParams, language: Language = 'en') => render(message(id, params), language);
