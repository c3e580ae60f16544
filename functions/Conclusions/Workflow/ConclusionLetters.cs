using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>An e-mail's words: subject, greeting, paragraphs and an optional link, as HTML and as plain text.</summary>
internal sealed record ConclusionLetter(string Subject, string Greeting, IReadOnlyList<string> Paragraphs, Uri? Link = null, string? LinkLabel = null)
{
    // Encodes what HTML needs encoded (<, >, &, quotes) but leaves Vietnamese letters readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Html
    {
        get
        {
            var html = new StringBuilder()
                .Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encoder.Encode(Subject)).Append("</title>\n</head>\n")
                .Append("<body style=\"font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 14px; line-height: 1.5; color: #000;\">\n")
                .Append("<p>").Append(Encoder.Encode(Greeting)).Append("</p>\n");
            foreach (var paragraph in Paragraphs)
            {
                html.Append("<p>").Append(Encoder.Encode(paragraph)).Append("</p>\n");
            }

            if (Link is not null)
            {
                html.Append("<p><a href=\"").Append(Encoder.Encode(Link.AbsoluteUri)).Append("\">").Append(Encoder.Encode(LinkLabel ?? Link.AbsoluteUri)).Append("</a></p>\n");
            }

            return html.Append("<p>Trân trọng.</p>\n</body>\n</html>\n").ToString();
        }
    }

    public string Text =>
        string.Join("\n\n", [Greeting, .. Paragraphs, .. Link is null ? Array.Empty<string>() : [$"{LinkLabel ?? "Xem tại"}: {Link.AbsoluteUri}"], "Trân trọng."]) + "\n";

    /// <summary>"lúc 14 giờ 05 ngày 03/08/2026" in Vietnam time.</summary>
    public static string When(Instant at) => VietnameseFormat.DateTime(VietnamTime.ToLocal(at));

    /// <summary>What the approvers are asked, in a phrase: "dự thảo bài viết và thông báo kết luận (phiên bản 2)".</summary>
    public static string Request(ReviewRequest review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Kind switch
        {
            ReviewKind.Draft => $"dự thảo bài viết và thông báo kết luận (phiên bản {review.Revision})",
            ReviewKind.Correction => $"đề nghị đính chính bài viết đã đăng (phiên bản {review.Revision})",
            _ => "đề nghị gỡ bài viết đã đăng",
        };
    }

    public static string SubjectOf(ReviewKind kind, string title) => kind switch
    {
        ReviewKind.Draft => $"Đề nghị duyệt dự thảo kết luận: {title}",
        ReviewKind.Correction => $"Đề nghị duyệt đính chính bài viết: {title}",
        _ => $"Đề nghị đồng ý gỡ bài viết: {title}",
    };
}
