using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Errors;
using HdndWorkflow.Functions.Health;
using HdndWorkflow.Functions.Hosting;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Pages;
using HdndWorkflow.Functions.Security;
using HdndWorkflow.Functions.Storage;
using HdndWorkflow.Functions.Workflow;

var builder = WebApplication.CreateBuilder(args);
builder.AddCustomHandlerHosting();
builder.AddHostJson();
builder.AddErrorHandling();
builder.AddStorage();
builder.Services.AddEmail(builder.Configuration);
builder.AddHealth();
builder.AddWorkflowEngine();
builder.AddSharedDataProtection();
builder.AddIdentity();
builder.AddLinkRateLimiting();
builder.AddConferences();
builder.Services.AddOpenApi();
builder.Services.AddRazorPages().AddPageServices();

var app = builder.Build();
app.UseErrorHandling();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi();
app.MapStartPage();
app.MapHealth();
app.MapWorkflowEngine();
app.MapDevelopmentMailbox();
app.MapConferenceApi();
app.MapInvitationApi();
app.MapInstanceApi();
app.AnnounceDevelopmentAccounts();
app.MapRazorPages();
app.Run();

/// <summary>The entry point, public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
