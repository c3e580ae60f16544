namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// A visit the delegates made around the conference: the place ("mô hình tiếp xúc cử tri tại phường Nghi Hòa") and
/// when ("Chiều cùng ngày"; "Sau hội nghị" when not said). Drafted as a sentence: "Chiều cùng ngày, các đại biểu đã đi
/// tham quan mô hình tiếp xúc cử tri tại phường Nghi Hòa."
/// </summary>
public sealed record FieldVisit(string Place, string? When = null)
{
    /// <summary>The sentence, its own paragraph at the end of the article.</summary>
    public string Sentence
    {
        get
        {
            var when = string.IsNullOrWhiteSpace(When) ? ConclusionTexts.AfterTheConference : Prose.ListItem(When);
            return Prose.Paragraph($"{when}, {ConclusionTexts.DelegatesVisited} {Prose.ListItem(Place)}");
        }
    }
}
