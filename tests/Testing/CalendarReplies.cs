namespace HdndWorkflow.Testing;

/// <summary>
/// iCalendar REPLY objects shaped like those Outlook (Exchange), Gmail (Google Calendar) and Apple Calendar send the
/// organizer when Accept, Tentative or Decline is pressed on an invitation: their PRODIDs, their ways of writing the
/// attendee (quoted or folded CN, EMAIL parameter), Outlook's VTIMEZONE and local times, Google's X-NUM-GUESTS.
/// </summary>
public static class CalendarReplies
{
    /// <summary>Exchange's REPLY: local times with a Windows zone, the answer as a comment and in the summary.</summary>
    public static string Outlook(string uid, int sequence, string attendee, string partstat, string organizer) => Lines(
        "BEGIN:VCALENDAR",
        "METHOD:REPLY",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VTIMEZONE",
        "TZID:SE Asia Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0700",
        "TZOFFSETTO:+0700",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        $"ATTENDEE;PARTSTAT={partstat};CN=Nguyễn Văn An:mailto:{attendee}",
        "COMMENT;LANGUAGE=vi-VN:Tôi sẽ sắp xếp.\\n",
        $"SUMMARY;LANGUAGE=vi-VN:{(partstat == "ACCEPTED" ? "Đã chấp nhận" : partstat == "DECLINED" ? "Đã từ chối" : "Dự định")}: Hội nghị",
        "DTSTART;TZID=SE Asia Standard Time:20250731T080000",
        "DTEND;TZID=SE Asia Standard Time:20250731T113000",
        $"UID:{uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250721T021500Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        $"SEQUENCE:{sequence}",
        $"ORGANIZER:mailto:{organizer}",
        "LOCATION;LANGUAGE=vi-VN:Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        $"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
        "X-MICROSOFT-CDO-OWNERAPPTID:0",
        "X-MICROSOFT-CDO-REPLYTIME:20250721T021500Z",
        "END:VEVENT",
        "END:VCALENDAR");

    /// <summary>Google Calendar's REPLY: UTC times, the attendee's CN folded onto a second line, X-NUM-GUESTS.</summary>
    public static string Gmail(string uid, int sequence, string attendee, string partstat, string organizer) => Lines(
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REPLY",
        "BEGIN:VEVENT",
        "DTSTART:20250731T010000Z",
        "DTEND:20250731T043000Z",
        "DTSTAMP:20250721T021500Z",
        $"ORGANIZER;CN=Văn phòng Đoàn ĐBQH và HĐND tỉnh:mailto:{organizer}",
        $"UID:{uid}",
        $"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN=Nguyễn",
        $"  Văn An;X-NUM-GUESTS=0:mailto:{attendee}",
        "CREATED:20250721T010000Z",
        "DESCRIPTION:",
        "LAST-MODIFIED:20250721T021500Z",
        "LOCATION:Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh",
        $"SEQUENCE:{sequence}",
        "STATUS:CONFIRMED",
        "SUMMARY:Hội nghị trao đổi kinh nghiệm",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR");

    /// <summary>Apple Calendar's REPLY: quoted CN and EMAIL parameters, REQUEST-STATUS.</summary>
    public static string Apple(string uid, int sequence, string attendee, string partstat, string organizer) => Lines(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Apple Inc.//macOS 14.5//EN",
        "METHOD:REPLY",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        $"UID:{uid}",
        "DTSTART:20250731T010000Z",
        "DTEND:20250731T043000Z",
        "DTSTAMP:20250721T021500Z",
        $"SEQUENCE:{sequence}",
        "SUMMARY:Hội nghị trao đổi kinh nghiệm",
        $"ATTENDEE;CN=\"Nguyễn Văn An\";CUTYPE=INDIVIDUAL;EMAIL=\"{attendee}\";PARTSTAT={partstat}:mailto:{attendee}",
        $"ORGANIZER;CN=\"Văn phòng\";EMAIL=\"{organizer}\":mailto:{organizer}",
        "REQUEST-STATUS:2.0;Success",
        "END:VEVENT",
        "END:VCALENDAR");

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
