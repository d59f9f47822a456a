package normalize

// chineseMixedRemote is the English word "remote" inside Chinese wording:
// after "supports" ("支持 Remote") or before "work" or "office work"
// ("Remote 工作", "remote 办公"). Chinese listings often keep the English
// word, and the English readers do not see it beside Chinese words. A
// denial before it ("不支持 Remote 工作") is read as on-site first
// (chineseOnsite in remote_languages.go).
const chineseMixedRemote = `支持\s*remote\b|\bremote\s*(?:工作|办公|辦公)`
