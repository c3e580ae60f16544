using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Roll;

/// <summary>
/// The attendance roll as an Excel workbook (.xlsx, Open XML): the conference's title and the time of the roll, then
/// one row per invitee in the order invited, under a frozen header with a filter. Every text is an inline string, never
/// a formula; a text that a spreadsheet would read as one when typed or exported to CSV (leading <c>= + - @</c>, tab or
/// carriage return) also carries Excel's quote prefix, so editing the cell keeps it text.
/// </summary>
internal static class RollWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Quoted = 2;
    private const int HeaderRow = 3;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("STT", 6), ("Họ và tên", 28), ("Chức vụ, đơn vị", 48), ("Email", 30), ("Trả lời", 18),
        ("Người dự thay", 40), ("Lý do không tham dự", 36), ("Thời điểm trả lời", 18), ("Giấy mời", 10),
    ];

    public static byte[] Write(ConferenceView view, Instant now)
    {
        ArgumentNullException.ThrowIfNull(view);
        var invitations = view.Invitations.ToDictionary(i => i.Invitee.Id);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData(
                Row(1, Text(view.Conference.Title, Bold)),
                Row(2, Text($"Danh sách đại biểu, cập nhật lúc {VietnameseFormat.DateTime(VietnamTime.ToLocal(now))}", Plain)),
                Row(HeaderRow, [.. Columns.Select(c => Text(c.Header, Bold))]));
            var number = 0;
            foreach (var entry in view.Roll.Entries)
            {
                number++;
                var deputy = (entry.Response as InvitationResponse.DeputySent)?.Deputy;
                var invitation = invitations.GetValueOrDefault(entry.Invitee.Id);
                data.Append(Row(HeaderRow + number,
                    new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) },
                    Text(entry.Invitee.Name),
                    Text(entry.Invitee.Role),
                    Text(entry.Invitee.Email.Value),
                    Text(entry.Response.Kind.DisplayName),
                    Text(deputy?.ToString()),
                    Text((entry.Response as InvitationResponse.Declined)?.Reason),
                    Text(entry.AnsweredAt is { } at ? VietnameseFormat.DateTime(VietnamTime.ToLocal(at)) : null),
                    Text(Api.RollResponses.InvitationText(invitation?.Delivery, invitation?.InvitedRevision ?? Persistence.Invitation.NotInvited))));
            }

            var lastColumn = ColumnName(Columns.Length);
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
                { WorkbookViewId = 0 }),
                new Columns([.. Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })]),
                data,
                new AutoFilter { Reference = $"A{HeaderRow}:{lastColumn}{HeaderRow + number}" });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Danh sách đại biểu" }));
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"'Danh sách đại biểu'!$A${HeaderRow}:${lastColumn}${HeaderRow + number}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
        }

        return stream.ToArray();
    }

    /// <summary>Whether a spreadsheet would take the text for a formula when it is typed in or read from CSV.</summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Row Row(int index, params Cell[] cells) => new(cells) { RowIndex = (uint)index };

    private static Cell Text(string? text, uint style = Plain)
    {
        var value = XmlSafe(text ?? string.Empty);
        return new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style == Plain && LooksLikeFormula(value) ? Quoted : style,
        };
    }

    // Stored text from before control characters were refused may hold some that XML cannot carry.
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i++, 2);
            }
        }

        return safe.ToString();
    }

    private static string ColumnName(int number) => ((char)('A' + number - 1)).ToString();

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, QuotePrefix = true }));
}
