package news.dateline.key;

/** Fired when a revocation commits, so that this instance stops accepting the key at once ({@link KnownKeys}). */
record KeyRevoked(String secretSha256) {
}
