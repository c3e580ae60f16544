namespace HdndWorkflow.Functions.Pages.Portal;

/// <summary>The public portal's names and addresses, shared by its layout and pages.</summary>
internal static class PortalPage
{
    public const string Name = "Tin hoạt động HĐND";
    public const string FeedTitle = "Tin hoạt động của Thường trực Hội đồng nhân dân (Atom)";
    public const string ListPath = "/tin-tuc";

    /// <summary>How many articles the list shows.</summary>
    public const int ListSize = 50;

    /// <summary>The key under which the reader's text size is kept in the browser (localStorage).</summary>
    public const string TextSizeKey = "tin-tuc-co-chu";
}
