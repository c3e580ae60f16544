namespace HdndWorkflow.Domain.Conferences;

/// <summary>Whether a title is a Party post or a state post (council, government, Fatherland Front, …).</summary>
public enum TitleKind
{
    /// <summary>"Ủy viên BTV Tỉnh ủy", "Ủy viên BCH Đảng bộ tỉnh", "Bí thư Huyện ủy".</summary>
    Party,

    /// <summary>"Phó Chủ tịch Thường trực HĐND tỉnh", "Trưởng Ban Pháp chế HĐND tỉnh".</summary>
    State,
}

/// <summary>One title in an official's chain of titles.</summary>
public sealed record OfficialTitle(string Text, TitleKind Kind)
{
    public static OfficialTitle Party(string text) => new(text, TitleKind.Party);

    public static OfficialTitle State(string text) => new(text, TitleKind.State);

    public override string ToString() => Text;
}
