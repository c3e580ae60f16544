namespace HdndWorkflow.Domain.Vietnamese;

/// <summary>How the number word of an ordinal is written.</summary>
public enum OrdinalStyle
{
    /// <summary>"lần thứ ba": the usual form in titles and documents.</summary>
    Lowercase,

    /// <summary>"lần thứ Ba": the capitalised form some council portals use.</summary>
    Capitalized,
}
