using CsvHelper;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Functions.Conferences.Import;

/// <summary>
/// Reads the invitees of a conference from a CSV file (issue #4): UTF-8 with or without a byte order mark, CR LF or
/// LF line ends, comma- or semicolon-separated (detected from the header line; Excel in a Vietnamese locale writes
/// ';'), quoted values, header "Họ và tên, Chức vụ, Đơn vị, Email". Blank lines are passed over; every other line
/// becomes an invitee or errors, reported with its physical line number (header = line 1; a record whose quoted
/// value spans lines is reported at its first). Decide what to import with <see cref="InviteeImport.ToImport"/>.
/// </summary>
public static class InviteeCsvReader
{
    /// <summary>Reads <paramref name="csv"/> to its end; user mistakes come back as errors, never as exceptions.</summary>
    /// <param name="csv">The uploaded file; it need not be seekable.</param>
    /// <param name="alreadyInvited">The addresses on the conference's list already, reported as duplicates.</param>
    /// <param name="newId">Gives the id of each invitee read (called once per valid line, in file order).</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    public static async Task<InviteeImport> ReadAsync(
        Stream csv,
        IEnumerable<EmailAddress> alreadyInvited,
        Func<InviteeId> newId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(alreadyInvited);
        ArgumentNullException.ThrowIfNull(newId);

        var bytes = await CsvInput.ReadAsync(csv, InviteeImportLimits.MaxBytes, cancellationToken);
        return bytes is { } content
            ? Read(content, alreadyInvited, newId)
            : FileError(null, ImportMessages.TooLarge(InviteeImportLimits.MaxBytes));
    }

    private static InviteeImport Read(ReadOnlyMemory<byte> bytes, IEnumerable<EmailAddress> alreadyInvited, Func<InviteeId> newId)
    {
        var input = CsvInput.WithoutByteOrderMark(bytes);
        var invalid = CsvInput.FirstInvalidUtf8(input.Span);
        if (invalid >= 0)
        {
            var line = CsvInput.LineAt(input.Span, invalid);
            return FileError(line, ImportMessages.NotUtf8(line));
        }

        var lines = CsvInput.CountLines(input.Span);
        if (lines > InviteeImportLimits.MaxLines)
        {
            return FileError(null, ImportMessages.TooManyLines(lines, InviteeImportLimits.MaxLines));
        }

        // The reader calls OnMalformedRecord before it returns the record concerned, so the last problem seen is the
        // current record's when their lines match.
        CsvMalformedRecord? malformed = null;
        var options = new CsvReaderOptions
        {
            Separator = CsvInput.DetectSeparator(input.Span),
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = record => malformed = record,
        };
        using var reader = CsvReader.Create(input, options);
        var columns = InviteeColumns.Match(reader.Headers, out var headerError);
        if (columns is null)
        {
            return InviteeImport.Refused(headerError!);
        }

        var checker = new InviteeRowChecker(alreadyInvited, newId);
        while (reader.Read())
        {
            var line = checked((int)reader.LineNumber);
            var problem = malformed is { } found && found.LineNumber == line ? found.Reason : (CsvMalformedReason?)null;
            if (problem == CsvMalformedReason.UnterminatedQuote)
            {
                // The unclosed quote swallowed the rest of the file: skipping this "line" would drop all that follow.
                return FileError(line, ImportMessages.UnterminatedQuote(line));
            }

            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => ImportText.Clean(reader.GetString(i))).ToList();
            if (InviteeRow.From(line, fields, columns, problem == CsvMalformedReason.TextAfterClosingQuote) is { } row)
            {
                checker.Check(row);
            }
        }

        return checker.Rows == 0 ? FileError(null, ImportMessages.NoInvitees) : checker.ToImport();
    }

    private static InviteeImport FileError(int? line, string message) =>
        InviteeImport.Refused(new InviteeImportError(line, InviteeImportFields.File, message));
}
