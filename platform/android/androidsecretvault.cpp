// SPDX-License-Identifier: GPL-3.0-or-later
// Android: built only for Android (platform/CMakeLists.txt).
#include "androidsecretvault.h"
#include "platformsecretvault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJniEnvironment>
#include <QJniObject>
#include <QSaveFile>

namespace kring {
namespace {

// KRING_JAVA_PACKAGE_PATH: the application id with slashes (platform/CMakeLists.txt).
constexpr char keyVaultClass[] = KRING_JAVA_PACKAGE_PATH "/KeyVault";

Error keystoreError()
{
    return Error{QCoreApplication::translate("AndroidSecretVault",
                                             "The phone's keystore did not give Kring its key. Nothing was "
                                             "changed; restart the phone and try again.")};
}

jbyteArray toJava(QJniEnvironment &env, const QByteArray &bytes)
{
    jbyteArray array = env->NewByteArray(jsize(bytes.size()));
    env->SetByteArrayRegion(array, 0, jsize(bytes.size()),
                            reinterpret_cast<const jbyte *>(bytes.constData()));
    return array;
}

std::optional<QByteArray> fromJava(QJniEnvironment &env, const QJniObject &object)
{
    if (!object.isValid())
        return std::nullopt;
    const auto array = object.object<jbyteArray>();
    const jsize size = env->GetArrayLength(array);
    QByteArray bytes(size, '\0');
    env->GetByteArrayRegion(array, 0, size, reinterpret_cast<jbyte *>(bytes.data()));
    return bytes;
}

// Calls KeyVault.<method>(byte[]) -> byte[].
std::optional<QByteArray> callKeyVault(const char *method, const QByteArray &input)
{
    QJniEnvironment env;
    jbyteArray argument = toJava(env, input);
    const QJniObject result = QJniObject::callStaticObjectMethod(keyVaultClass, method, "([B)[B", argument);
    env->DeleteLocalRef(argument);
    if (env.checkAndClearExceptions())
        return std::nullopt;
    return fromJava(env, result);
}

} // namespace

AndroidSecretVault::AndroidSecretVault(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("kring.key.wrapped")))
{}

Result<std::optional<QByteArray>> AndroidSecretVault::load()
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!file.open(QIODevice::ReadOnly))
        return keystoreError();
    std::optional<QByteArray> secret = callKeyVault("unwrap", file.readAll());
    if (!secret)
        return keystoreError();
    return secret;
}

Status AndroidSecretVault::store(const QByteArray &secret)
{
    const std::optional<QByteArray> wrapped = callKeyVault("wrap", secret);
    if (!wrapped)
        return keystoreError();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*wrapped) != wrapped->size() || !file.commit())
        return Error{QCoreApplication::translate("AndroidSecretVault", "Kring could not save its key: %1")
                         .arg(file.errorString())};
    return Done{};
}

Status AndroidSecretVault::remove()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return keystoreError();
    return Done{};
}

bool AndroidSecretVault::isHardwareBacked() const
{
    return QJniObject::callStaticMethod<jboolean>(keyVaultClass, "isHardwareBacked", "()Z");
}

std::unique_ptr<SecretVault> Platform::secretVault(const QString &dataDir)
{
    return std::make_unique<AndroidSecretVault>(dataDir);
}

} // namespace kring
