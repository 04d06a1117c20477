# What `cmake --install` puts where, and the two Debian packages CPack makes of it (tools/package):
#   regiekamer         component "desktop": the app, its desktop entry, AppStream metainfo, icons and man page
#   regiekamer-server  component "server":  regiekamer-server and regiekamer-admin, the systemd unit, the sysusers.d
#                                           entry of its user, /etc/default/regiekamer-server and their man pages
# The files themselves live in resources/ (see resources/CMakeLists.txt); tools/ci/check-packages.sh checks them.
include(GNUInstallDirs)

# A placeholder until the project has one: who answers for the packages (also the signature of
# resources/debian/changelog, which tools/ci/check-packages.sh compares with it).
set(REGIEKAMER_PACKAGE_MAINTAINER "Regiekamer maintainers <maintainers@regiekamer.example>"
    CACHE STRING "Maintainer field of the Debian packages")
set(REGIEKAMER_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the packages (the part after the version)")

set(res ${PROJECT_SOURCE_DIR}/resources)
set(staged ${CMAKE_BINARY_DIR}/packaging)
set(app_id nl.regiekamer.Regiekamer)

# Man pages and changelogs are installed compressed (gzip -9n: no name or time stamp, so the output is reproducible).
function(regiekamer_gzip source output)
    add_custom_command(OUTPUT ${output} COMMAND sh -c "gzip -9nc \"$1\" >\"$2\"" gzip ${source} ${output}
                       DEPENDS ${source} VERBATIM)
    set_property(DIRECTORY APPEND PROPERTY REGIEKAMER_GZIPPED ${output})
endfunction()
regiekamer_gzip(${res}/man/regiekamer.1 ${staged}/regiekamer.1.gz)
regiekamer_gzip(${res}/man/regiekamer-server.8 ${staged}/regiekamer-server.8.gz)
regiekamer_gzip(${res}/man/regiekamer-admin.8 ${staged}/regiekamer-admin.8.gz)
regiekamer_gzip(${res}/debian/changelog ${staged}/changelog.Debian.gz)
get_property(gzipped DIRECTORY PROPERTY REGIEKAMER_GZIPPED)
add_custom_target(regiekamer_package_files ALL DEPENDS ${gzipped})

# The installed programs are linked with immediate binding, so their relocations are read-only after start.
foreach(program regiekamer regiekamer-server regiekamer-admin)
    target_link_options(${program} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

# Desktop.
install(TARGETS regiekamer RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desktop)
install(FILES ${res}/desktop/${app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
install(FILES ${res}/desktop/${app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
foreach(size 16 32 48 64 128 256 512)
    install(FILES ${res}/icons/hicolor/${size}x${size}/apps/${app_id}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT desktop)
endforeach()
install(FILES ${res}/icons/regiekamer.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${app_id}.svg COMPONENT desktop)
install(FILES ${staged}/regiekamer.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desktop)

# Server. systemd's own directories are under /usr/lib whatever the multiarch library directory is; the defaults
# file is the one file in /etc (a conffile).
install(TARGETS regiekamer-server regiekamer-admin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${res}/systemd/regiekamer-server.service DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${res}/systemd/regiekamer-server.sysusers DESTINATION lib/sysusers.d RENAME regiekamer-server.conf
        COMPONENT server)
install(FILES ${res}/systemd/regiekamer-server.default DESTINATION /etc/default RENAME regiekamer-server
        COMPONENT server)
install(FILES ${staged}/regiekamer-server.8.gz ${staged}/regiekamer-admin.8.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT server)

# A stripped program also loses the compilers' version notes (.comment), as dh_strip does for Debian's own packages.
foreach(component desktop server)
    set(programs regiekamer)
    if(component STREQUAL "server")
        set(programs regiekamer-server regiekamer-admin)
    endif()
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            foreach(program ${programs})
                execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                                COMMAND_ERROR_IS_FATAL ANY)
            endforeach()
        endif()" COMPONENT ${component})
endforeach()

foreach(component desktop server)
    set(package regiekamer)
    if(component STREQUAL "server")
        set(package regiekamer-server)
    endif()
    install(FILES ${res}/debian/copyright ${staged}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

# The maintainer scripts go into the package under their plain names.
foreach(script postinst prerm postrm conffiles)
    configure_file(${res}/debian/regiekamer-server.${script} ${staged}/server-control/${script} COPYONLY)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME regiekamer)
set(CPACK_PACKAGE_VENDOR "The Regiekamer authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${REGIEKAMER_PACKAGE_MAINTAINER}")
# /usr, whatever prefix the build tree was configured with; DESTDIR keeps /etc/default at /etc, not under the prefix.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${REGIEKAMER_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REGIEKAMER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SOURCE regiekamer)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps: the libraries the programs link, with their versions
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: QCA's OpenSSL plugin (every cipher) and Qt's SQLite driver.
set(runtime_plugins "libqca-qt6-plugins, libqt6sql6-sqlite")

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME regiekamer)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION net)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "${runtime_plugins}")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "control room for webinar teams (desktop app)
Regiekamer is a secure control room for webinar teams. Directors, moderators
and the client's own staff each see their part of a webinar's attendee data,
and nothing more; every access is recorded on the server; the data is
encrypted in transport, at rest and in backups.
.
This package holds the desktop app, in Dutch and English, with a view per
role and an encrypted offline cache. It connects to a regiekamer-server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME regiekamer-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "${runtime_plugins}, systemd | systemd-standalone-sysusers | systemd-sysusers")
# The continuous backups run age (always, once --backup-to is given) and rclone (for rclone: targets).
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "age, rclone")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${staged}/server-control/postinst ${staged}/server-control/prerm ${staged}/server-control/postrm
    ${staged}/server-control/conffiles)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "control room for webinar teams (server and operator's tool)
Regiekamer is a secure control room for webinar teams. Directors, moderators
and the client's own staff each see their part of a webinar's attendee data,
and nothing more; every access is recorded; the data is encrypted in
transport, at rest and in backups.
.
This package holds regiekamer-server (HTTPS/JSON API and WebSocket events on
one TLS 1.3 port, SQLite storage with encrypted personal fields, a
hash-chained access log) as a hardened systemd service running as its own
user, and regiekamer-admin, the operator's command line for accounts, the
access log and key rotation.")

include(CPack)
