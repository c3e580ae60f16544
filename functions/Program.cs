using HdndWorkflow.Functions.Errors;
using HdndWorkflow.Functions.Health;
using HdndWorkflow.Functions.Hosting;
using HdndWorkflow.Functions.Pages;
using HdndWorkflow.Functions.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddCustomHandlerHosting();
builder.AddErrorHandling();
builder.AddStorage();
builder.AddHealth();

var app = builder.Build();
app.UseErrorHandling();
app.MapStartPage();
app.MapHealth();
app.Run();

/// <summary>The entry point, public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
