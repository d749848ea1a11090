const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML element content and quoted attribute values (SVG included). Every piece of
 * dataset or model text in a report goes through this.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 * ```
 */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}
