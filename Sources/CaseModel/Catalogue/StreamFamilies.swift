/// An event about one child: goes to stream `child-<childId>`.
public protocol ChildEventData: EventData {}

extension ChildEventData {
    /// `.child`.
    public static var streamKind: StreamKind { .child }
}

/// An event in one serious case review's lifecycle: goes to stream `scr-<reviewId>`.
public protocol ReviewEventData: EventData {}

extension ReviewEventData {
    /// `.review`.
    public static var streamKind: StreamKind { .review }
}

/// An LSCB / partnership governance event: goes to stream `board-<boardId>`.
public protocol BoardEventData: EventData {}

extension BoardEventData {
    /// `.board`.
    public static var streamKind: StreamKind { .board }
}
