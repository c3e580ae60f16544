using HdndWorkflow.Functions.Conclusions.Model;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using static HdndWorkflow.Functions.OpenApi.SchemaEdits;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// What the generator cannot know of the conclusion API's inputs and answers, as <see cref="Conferences.Api.ConferenceSchemas"/>
/// does for the conference's: the fields the validation requires (and not those the generator lists only because they
/// are constructor parameters: a figure's verb, a statement's subject, the chair's party or state titles), the lists
/// that may not be empty, the numbers' lower bounds, and the values a status or kind takes.
/// </summary>
internal sealed class ConclusionSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { } properties)
        {
            return Task.CompletedTask;
        }

        if (type == typeof(OutcomeInput))
        {
            Required(schema, "assessment", "presidingChair", "conclusions", "authors");
            NotEmpty(properties, "assessment", "conclusions", "authors");
        }
        else if (type == typeof(FigureStatementInput))
        {
            Required(schema, "figures");
            NotEmpty(properties, "figures");
        }
        else if (type == typeof(FigureInput))
        {
            Required(schema, "number", "label");
            Change(properties, "number", p => p.Minimum = "0");
        }
        else if (type == typeof(DiscussionInput))
        {
            Required(schema);
        }
        else if (type == typeof(FieldVisitInput))
        {
            Required(schema, "place");
        }
        else if (type == typeof(PresidingChairInput))
        {
            Required(schema, "name");
            schema.Description = "Đồng chí chủ trì: họ tên và ít nhất một chức danh (Đảng hoặc chính quyền).";
        }
        else if (type == typeof(NoticeSectionBody))
        {
            Required(schema);
            schema.Description = "Một mục của thông báo: tiêu đề, các đoạn, hoặc cả hai (không được để trống cả hai).";
        }
        else if (type == typeof(DraftInput) || type == typeof(CorrectionInput))
        {
            Change(properties, "baseRevision", p => p.Minimum = "1");
        }
        else if (type == typeof(ReviewInput))
        {
            Change(properties, "revision", p => p.Minimum = "1");
            Change(properties, "comment", p => p.Description = "Bắt buộc khi đề nghị chỉnh sửa; tùy chọn khi duyệt.");
        }
        else if (type == typeof(DecisionInput))
        {
            Change(properties, "comment", p => p.Description = "Bắt buộc khi không đồng ý; tùy chọn khi đồng ý.");
        }
        else if (type == typeof(WithdrawalInput))
        {
            Required(schema, "reason");
        }
        else if (type == typeof(ConclusionResponse))
        {
            Enum(properties, "status", System.Enum.GetNames<ConclusionStatus>());
        }
        else if (type == typeof(RequestResponse) || type == typeof(DecisionResponse))
        {
            Enum(properties, "kind", System.Enum.GetNames<ReviewKind>());
        }
        else if (type == typeof(DraftResponse))
        {
            Enum(properties, "kind", System.Enum.GetNames<RevisionKind>());
        }

        return Task.CompletedTask;
    }

    private static void NotEmpty(IDictionary<string, IOpenApiSchema> properties, params string[] names)
    {
        foreach (var name in names)
        {
            Change(properties, name, p => p.MinItems = 1);
        }
    }
}
