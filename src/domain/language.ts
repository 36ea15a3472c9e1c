/** Norwegian bokmål first, English second (users are Norwegian civil servants). */
export type Language = 'nb' | 'en';

/**
 * Texts in both UI languages, `{ nb: {...}, en: {...} }` with the same keys: the type makes a
 * missing English text a compile error. Features, the shell and platform/ (auth errors) all use it.
 */
export type Messages<T> = { nb: T; en: T };
