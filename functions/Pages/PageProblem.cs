using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace HdndWorkflow.Functions.Pages;

/// <summary>A page that says, in Vietnamese, why a request was refused, with its HTTP status and where to go next.</summary>
public sealed record PageProblem(int Status, string Title, string? Detail = null, string? LinkText = null, string? LinkHref = null)
{
    /// <summary>The view every page renders a problem with (in the shared layout).</summary>
    public const string ViewPath = "/Pages/Shared/Problem.cshtml";

    private static readonly EmptyModelMetadataProvider Metadata = new();

    /// <summary>The problem as the result of a page handler: the shared problem view, sent with this status.</summary>
    public IActionResult ToResult(ModelStateDictionary modelState) => new ViewResult
    {
        ViewName = ViewPath,
        StatusCode = Status,
        ViewData = new ViewDataDictionary<PageProblem>(Metadata, modelState) { Model = this },
    };
}
