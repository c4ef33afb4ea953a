using Papers.Topics;

namespace Papers.Generators.Model;

/// <summary>Every topics file of the project (<see cref="TopicsFile"/> is an equatable record), in ordinal path order.</summary>
internal sealed record TopicsModel(EquatableArray<TopicsFile> Files);
