/// The engine's public API speaks Integrity's types (chain heads and Merkle roots are SHA-256 digests,
/// `MerkleInclusionProof` is checked with `MerkleTree.verifyInclusion`), so a client that imports
/// EventStore gets them too. Targets that only hash (rulebook digests, checkpoints) import Integrity alone.
@_exported import Integrity
