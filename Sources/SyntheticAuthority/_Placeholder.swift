// Placeholder until the SyntheticAuthority target lands; delete when adding real sources.
enum SyntheticAuthorityPlaceholder {}
