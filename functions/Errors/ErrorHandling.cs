namespace HdndWorkflow.Functions.Errors;

/// <summary>Errors as RFC 9457 problem details: requests that cannot be read get their 4xx (see
/// <see cref="BadRequestHandler"/>, <see cref="JsonCharset"/>), other unhandled exceptions become a 500 without
/// internals, and bare status codes (404, 405, 415) get a problem body too, every title in Vietnamese
/// (<see cref="ProblemTitles"/>), or a Vietnamese page for a browser (<see cref="StatusPages"/>).</summary>
public static class ErrorHandling
{
    /// <summary>Registers the problem details service and the handler of unreadable requests.</summary>
    public static WebApplicationBuilder AddErrorHandling(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTitles.Apply);
        builder.Services.AddExceptionHandler<BadRequestHandler>();

        // In every environment, not only in Development: an unreadable body then reaches BadRequestHandler, which
        // answers with a Vietnamese problem rather than an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Adds the exception handler and status code pages, both writing problem details.</summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseVietnameseStatusPages();
        app.UseJsonCharsetCheck();
        return app;
    }
}
