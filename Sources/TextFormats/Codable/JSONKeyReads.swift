/// The members of every object a strict decode opened, and which of them the decoded types read
/// (`JSONValueDecoder.rejectsUnknownKeys`): a member no type asked for is a key the types do not define.
///
/// Not `Sendable`: one decode owns it, on one thread.
final class JSONKeyReads {
    private struct Object {
        var keys: Set<String>
        var read: Set<String> = []
    }

    /// Objects by rendered coding path. Several containers over one object (a type that tries alternative
    /// shapes) share one entry, so a key read by any of them counts as read.
    private var objects: [String: Object] = [:]

    /// Registers the object at `path` with its member keys.
    func open(_ path: String, keys: some Sequence<String>) {
        if objects[path] == nil { objects[path] = Object(keys: Set(keys)) }
    }

    /// Marks `key` of the object at `path` as read.
    func read(_ key: String, at path: String) { objects[path]?.read.insert(key) }

    /// The first member no type read, by path then key (deterministic), as an error; nil when none.
    func firstUnread() -> JSONDecodingError? {
        for path in objects.keys.sorted() {
            guard let object = objects[path], let key = object.keys.subtracting(object.read).min() else { continue }
            return JSONDecodingError(path: path, reason: .unknownKey(key))
        }
        return nil
    }
}
