import { registerMessages, type MessagesPart } from './catalog';

/** Loads a catalogue kept out of the first screen, or nothing when a module keeps all its messages eager. */
export type CatalogLoader = () => Promise<MessagesPart>;

/**
 * Loads `load`'s code together with the catalogue its strings come from, and resolves only once that catalogue is
 * registered: whatever renders the result never shows a message as its raw key. Both downloads run at once.
 */
export async function withCatalog<T>(catalog: CatalogLoader, load: () => Promise<T>): Promise<T> {
  const [messages, loaded] = await Promise.all([catalog(), load()]);
  registerMessages(messages);
  return loaded;
}
