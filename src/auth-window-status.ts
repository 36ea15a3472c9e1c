/** Puts a line on a sign-in page in the browser's language (the pages have no React). */
export function showAuthWindowStatus(text: { nb: string; en: string }): void {
  const norwegian = /^(nb|nn|no)\b/i.test(navigator.language);
  const status = document.getElementById('status');
  if (status) status.textContent = norwegian ? text.nb : text.en;
}
