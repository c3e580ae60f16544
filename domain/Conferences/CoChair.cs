namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// An official who co-chairs (đồng chủ trì) a conference, with the chain of titles. The chain is always written
/// Party titles first, then state titles, each group in the order given:
/// "Nguyễn Văn A – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh".
/// </summary>
public sealed record CoChair(string Name, IReadOnlyList<OfficialTitle> Titles)
{
    public static CoChair Create(string name, IEnumerable<string> partyTitles, IEnumerable<string> stateTitles) =>
        new(name, [.. partyTitles.Select(OfficialTitle.Party), .. stateTitles.Select(OfficialTitle.State)]);

    /// <summary>"Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh".</summary>
    public string TitleChain => string.Join(", ", Titles.OrderBy(title => title.Kind).Select(title => title.Text));

    /// <summary>"Nguyễn Văn A – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh".</summary>
    public override string ToString() => Titles.Count == 0 ? Name : $"{Name} \u2013 {TitleChain}";
}
