// CobBot on Azure: App Service (Linux, the CobBot container image), Azure Bot with the Teams, Direct Line and
// Web Chat channels, PostgreSQL Flexible Server (every store of every instance) and Key Vault holding every secret (Key Vault references).
// main.json is this template written out as ARM JSON by hand (no Bicep compiler on the build machine); keep both equal.

@description('Base name of every resource.')
param name string = 'cobbot'

@description('Region of the App Service, database and Key Vault.')
param location string = resourceGroup().location

@description('The CobBot container image, e.g. myregistry.azurecr.io/cobbot:1.0.0.')
param containerImage string

@description('The bot\'s Microsoft Entra app id.')
param microsoftAppId string

@description('MultiTenant, SingleTenant or UserAssignedMSI.')
@allowed(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('The bot\'s tenant (required for SingleTenant and UserAssignedMSI).')
param microsoftAppTenantId string = subscription().tenantId

@secure()
@description('The bot app\'s client secret.')
param microsoftAppPassword string

@secure()
@minLength(32)
@description('Signs admin and agent tokens (JWT_SECRET_KEY).')
param jwtSecretKey string

@secure()
@minLength(12)
@description('Password of the built-in admin user (ADMIN_PASSWORD).')
param adminPassword string

@secure()
@minLength(32)
@description('The self-hosted Direct Line secret (DirectLine__Secret).')
param directLineSecret string

@secure()
@description('Gemini API key; empty keeps the offline recognizer.')
param geminiApiKey string = ''

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'cobbot'

@secure()
@description('PostgreSQL administrator password.')
param postgresAdminPassword string

@description('OTLP endpoint for traces and metrics; empty exports none.')
param otlpEndpoint string = ''

var suffix = uniqueString(resourceGroup().id)
var siteName = '${name}-${suffix}'
var vaultName = take('${name}kv${suffix}', 24)
var postgresName = '${name}-pg-${suffix}'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var databaseConnection = 'Host=${postgresName}.postgres.database.azure.com;Port=5432;Username=${postgresAdminLogin};Password=${postgresAdminPassword};Database=cobbot;Ssl Mode=Require'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: { reserved: true }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
  }
}

resource jwtSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'jwt-secret-key'
  properties: { value: jwtSecretKey }
}

resource adminSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'admin-password'
  properties: { value: adminPassword }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'microsoft-app-password'
  properties: { value: microsoftAppPassword }
}

resource directLineSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-secret'
  properties: { value: directLineSecret }
}

resource geminiSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'gemini-api-key'
  properties: { value: geminiApiKey }
}

resource databaseSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-connection'
  properties: { value: databaseConnection }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: postgresName
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: 'cobbot'
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

resource postgresAzureAccess 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux,container'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/health/ready'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'ASPNETCORE_HTTP_PORTS', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'Email__PickupDirectory', value: '/home/data/mail-pickup' }
        { name: 'Database__Provider', value: 'Postgres' }
        { name: 'ConnectionStrings__CobBot', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=database-connection)' }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=microsoft-app-password)' }
        { name: 'JWT_SECRET_KEY', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=jwt-secret-key)' }
        { name: 'ADMIN_PASSWORD', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=admin-password)' }
        { name: 'DirectLine__Secret', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=directline-secret)' }
        { name: 'GEMINI_API_KEY', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=gemini-api-key)' }
        { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }
      ]
    }
  }
}

resource siteReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'CobBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        { siteName: 'Default Site', isEnabled: true, isV1Enabled: false, isV3Enabled: true }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        { siteName: 'Default Site', isEnabled: true, isWebchatPreviewEnabled: true }
      ]
    }
  }
}

output appUrl string = 'https://${site.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
