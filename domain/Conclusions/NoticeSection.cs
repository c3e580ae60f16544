namespace HdndWorkflow.Domain.Conclusions;

/// <summary>A part of a notice's body: an optional heading ("1. Đánh giá chung") and its paragraphs or "- " items.</summary>
public sealed record NoticeSection(string? Heading, IReadOnlyList<string> Paragraphs);
