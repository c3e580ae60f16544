namespace HdndWorkflow.Functions.Errors;

/// <summary>Errors as RFC 9457 problem details: unhandled exceptions become a 500 without internals, and bare status
/// codes (404, 405) get a problem body too.</summary>
public static class ErrorHandling
{
    /// <summary>Registers the problem details service.</summary>
    public static WebApplicationBuilder AddErrorHandling(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Adds the exception handler and status code pages, both writing problem details.</summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
