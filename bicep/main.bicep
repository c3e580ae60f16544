// HdndWorkflow on Azure Functions, Flex Consumption plan (Linux), running as a custom handler.
//
// Deploy into an existing resource group (see README "Deploy"):
//   az deployment group create -g <group> -f bicep/main.bicep -p name=<prefix>
// The two secrets are secure parameters without defaults; az asks for them when they are not given.
//
// Custom handlers on Flex Consumption:
// - The runtime is functionAppConfig.runtime { name: 'custom', version: '1.0' } (the Flex stacks API's "Custom
//   Handler" entry). FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not set: Flex Consumption takes
//   them from functionAppConfig, and its docs list both among the app settings it deprecates.
// - The instance promises no .NET 10 runtime, so the package is a self-contained linux-x64 publish
//   (scripts/publish.sh); host.json at its root names the executable, HdndWorkflow.Functions.
// - AzureWebJobsDisableHomepage hands GET / to the app instead of the host's default page.
// - The only function is the catch-all http one. The workflow engine (the Durable Task Framework's Azure Storage
//   provider) runs inside the app and polls its own task hub (queues hdndworkflow-control-00..03 and
//   hdndworkflow-workitems, tables HdndWorkflowHistory/Instances/Partitions, blob containers hdndworkflow-applease and
//   hdndworkflow-largemessages): nothing starts an instance for queued work or a due timer, so the http group keeps
//   always-ready instances (alwaysReadyInstanceCount, at least 1). Only HTTP load scales the app out beyond them.

targetScope = 'resourceGroup'

@description('Azure region of every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Lowercase letters and digits that start every resource name, e.g. "hdnd" or "hdndtest".')
@minLength(3)
@maxLength(11)
param name string = 'hdnd'

@description('SendGrid API key that sends the invitation emails. Stored in Key Vault; no default.')
@secure()
param sendGridApiKey string

@description('Secret that signs the personal invitation links (at least 32 random bytes, e.g. base64 of openssl rand 32). Stored in Key Vault; no default.')
@secure()
param linkSigningKey string

@description('The public address of the app for links in e-mails (a custom domain); empty for the default host name.')
param publicBaseUrl string = ''

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

// Cost: an always-ready instance is billed for as long as it is allocated, busy or not. While idle it is billed for its
// memory (instanceMemoryMB) over time, the "baseline" (GB-seconds); while it runs work, for that memory over the
// execution time plus the executions, at always-ready rates and without the on-demand free grant. So the app no longer
// scales to zero: every hour of every day costs alwaysReadyInstanceCount × instanceMemoryMB of baseline. See the Azure
// Functions pricing page for the rates of your region.
@description('Always-ready instances of the http group, the one instance group of this app. At least 1: the workflow engine runs inside the app, so timers and queued work only progress while an instance is running. Keep it at most maximumInstanceCount. Each one is billed for its memory even while idle, so the app never scales to zero.')
@minValue(1)
param alwaysReadyInstanceCount int = 1

@description('Sign people in with Entra ID through App Service Authentication ("Easy Auth"), besides the e-mailed sign-in links. Off by default. Needs an app registration (entraClientId, entraClientSecret) whose redirect URI is https://<app>/.auth/login/aad/callback. The app then trusts the platform\'s X-MS-CLIENT-PRINCIPAL header (AppServiceAuthentication__Enabled); anonymous requests still reach it (invitees\' personal links need no account).')
param enableAppServiceAuthentication bool = false

@description('The Entra ID app registration\'s application (client) id, for App Service Authentication.')
param entraClientId string = ''

@description('The Entra ID tenant people sign in with; the subscription\'s by default.')
param entraTenantId string = subscription().tenantId

@description('A client secret of that app registration. Stored in Key Vault; needed only with enableAppServiceAuthentication.')
@secure()
param entraClientSecret string = ''

var suffix = uniqueString(resourceGroup().id, name)
var deploymentContainerName = 'app-package'

// Built-in role definitions (IDs are the same in every tenant).
var roles = {
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}
var storageRoles = [
  roles.storageTableDataContributor
  roles.storageQueueDataContributor
  roles.storageBlobDataOwner
]

resource logs 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// The workflow's task hub (tables, queues, and blob leases and large messages), the app's own tables and queues, the
// Functions host's state, and the deployment package. Identity only: shared keys (and so connection strings with
// keys) are switched off.
resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: take(toLower('${name}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: take('kv-${name}-${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'sendgrid-api-key'
  properties: {
    value: sendGridApiKey
  }
}

resource linkSigningSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'link-signing-key'
  properties: {
    value: linkSigningKey
  }
}

resource entraSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (enableAppServiceAuthentication) {
  parent: vault
  name: 'entra-client-secret'
  properties: {
    value: entraClientSecret
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${name}-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: 'func-${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  // The deployment storage below names the container by URL only; it must exist before the app.
  dependsOn: [
    deploymentContainer
  ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        // 'http' names the group of all HTTP-triggered functions (here the only function). These instances keep the
        // in-process engine polling its queues and firing its timers while no request comes in.
        alwaysReady: [
          {
            name: 'http'
            instanceCount: alwaysReadyInstanceCount
          }
        ]
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The host and the app both reach storage with the app's managed identity (no keys). The host derives the
        // blob, queue and table endpoints (https://<account>.<service>.core.windows.net) from the account name, and
        // the app does the same, so no __blobServiceUri/__queueServiceUri/__tableServiceUri settings are needed.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.name
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'AzureWebJobsDisableHomepage'
          value: 'true'
        }
        // Key Vault references: the platform resolves them with the app's identity; the values never sit in settings.
        {
          name: 'SendGrid__ApiKey'
          value: '@Microsoft.KeyVault(SecretUri=${sendGridSecret.properties.secretUri})'
        }
        {
          name: 'Signing__Key'
          value: '@Microsoft.KeyVault(SecretUri=${linkSigningSecret.properties.secretUri})'
        }
        // Personal links in e-mails point here.
        {
          name: 'App__PublicBaseUrl'
          value: empty(publicBaseUrl) ? 'https://func-${name}-${suffix}.azurewebsites.net' : publicBaseUrl
        }
        // The app trusts X-MS-CLIENT-PRINCIPAL only when App Service Authentication (authSettings below) is in front of it.
        {
          name: 'AppServiceAuthentication__Enabled'
          value: string(enableAppServiceAuthentication)
        }
        // The Entra ID client secret, for App Service Authentication; a Key Vault reference like the others.
        {
          name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          value: enableAppServiceAuthentication ? '@Microsoft.KeyVault(SecretUri=${entraSecret!.properties.secretUri})' : ''
        }
      ]
    }
  }
}

// App Service Authentication with Entra ID, only when asked for. Anonymous requests are let through: invitees open
// their personal links without an account, and the app itself decides who may see what (the platform strips any
// X-MS-CLIENT-PRINCIPAL a client sends, and adds its own for people signed in).
resource authSettings 'Microsoft.Web/sites/config@2025-03-01' = if (enableAppServiceAuthentication) {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
        }
        validation: {
          allowedAudiences: [
            'api://${entraClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in storageRoles: {
    name: guid(storage.id, app.id, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: app.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource vaultRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, app.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('The function app, for `az functionapp deployment source config-zip --name`.')
output functionAppName string = app.name

@description('The app\'s public address.')
output url string = 'https://${app.properties.defaultHostName}'

@description('The storage account holding tables, queues and the deployment package.')
output storageAccountName string = storage.name
