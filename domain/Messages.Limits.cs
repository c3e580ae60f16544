using System.Globalization;

namespace HdndWorkflow.Domain;

/// <summary>The messages about lengths, counts and characters (see <see cref="TextRules"/> and <see cref="InputLimits"/>).</summary>
internal static partial class Messages
{
    public static string TooLong(string label, int length, int maxLength) =>
        $"{label} dài {Count(length)} ký tự, vượt quá giới hạn {Count(maxLength)} ký tự.";

    public static string ForbiddenCharacter(string label, bool multiLine) => multiLine
        ? $"{label} có ký tự điều khiển hoặc ký tự không hợp lệ (ví dụ ký tự NUL)."
        : $"{label} có ký tự điều khiển hoặc ký tự không hợp lệ (ví dụ ký tự NUL, tab hoặc xuống dòng).";

    public static string StartsLikeFormula(string label) =>
        $"{label} không được bắt đầu bằng ký tự \u201c=\u201d, \u201c+\u201d, \u201c-\u201d hoặc \u201c@\u201d (bảng tính có thể hiểu là công thức).";

    public static string TooMany(string what, int maxCount) => $"Tối đa {Count(maxCount)} {what}.";

    public static string TooLongInTotal(string what, int length, int maxLength) =>
        $"Tổng độ dài {what} là {Count(length)} ký tự, vượt quá giới hạn {Count(maxLength)} ký tự.";

    public static string YearOutOfRange(string what) =>
        $"{what} phải trong khoảng từ năm {InputLimits.FirstYear} đến năm {InputLimits.LastYear}.";

    public static string ReminderTooEarly(int maxHours) => $"Thời điểm nhắc không được sớm hơn {Count(maxHours)} giờ trước hạn đăng ký.";

    public static string PartRequired(string label) => $"{label} không được để trống.";

    public const string ParagraphsRequired = "Cần có ít nhất một đoạn văn.";

    public const string SectionEmpty = "Mục của thông báo phải có tiêu đề hoặc nội dung.";

    /// <summary>"20.000": digits grouped the Vietnamese way.</summary>
    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
