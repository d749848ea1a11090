// Worker-thread entry for parallel audits (filled in by the audit implementation).
export {};
