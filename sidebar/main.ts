// Sidebar entry (placeholder until the wizard lands).
export {};
