# Every folder of common/, server/, core/ and ui/ is a static library (a layer). Its headers are included qualified
# by the folder's name ("audit/AuditLog.h") through an include root of its own, a build directory that holds one
# link: the folder. A library sees the roots of the libraries it links, and nothing else, so including a header of
# a layer above or beside it fails to compile: the build keeps the dependencies pointing downward, not a review.
#
# regiekamer_add_layer(TARGET FAMILY common|server|core|ui SOURCES ... [PUBLIC libs...] [PRIVATE libs...])
# FAMILY names the Qt modules every library of the family links, and so the precompiled header they share
# (cmake/PrecompiledHeaders.cmake): GCC accepts a precompiled header only where every macro it was built with is
# defined the same way and no macro its headers test (QtHttpServer tests QT_WEBSOCKETS_LIB) is defined in addition,
# so the libraries of a family all see the same QT_<MODULE>_LIB definitions.
add_library(regiekamer_common_qt INTERFACE)
target_link_libraries(regiekamer_common_qt INTERFACE Qt6::Core Qt6::Network qca-qt6)
add_library(regiekamer_server_qt INTERFACE)
target_link_libraries(regiekamer_server_qt INTERFACE regiekamer_common_qt Qt6::Concurrent Qt6::Sql Qt6::HttpServer
                                                     Qt6::WebSockets)
add_library(regiekamer_core_qt INTERFACE)
target_link_libraries(regiekamer_core_qt INTERFACE regiekamer_common_qt Qt6::Concurrent Qt6::Sql Qt6::WebSockets)
add_library(regiekamer_ui_qt INTERFACE)
target_link_libraries(regiekamer_ui_qt INTERFACE regiekamer_core_qt Qt6::Gui Qt6::Widgets)

function(regiekamer_add_layer target)
    cmake_parse_arguments(ARG "" "FAMILY" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    if(NOT ARG_FAMILY MATCHES "^(common|server|core|ui)$")
        message(FATAL_ERROR "regiekamer_add_layer(${target}): FAMILY must be common, server, core or ui")
    endif()
    add_library(${target} STATIC ${ARG_SOURCES})
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(root ${CMAKE_BINARY_DIR}/include-roots/${target})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
    target_link_libraries(${target} PUBLIC regiekamer_${ARG_FAMILY}_qt ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    set_property(GLOBAL APPEND PROPERTY REGIEKAMER_LAYERS ${target})
    set_property(GLOBAL APPEND PROPERTY REGIEKAMER_LAYERS_${ARG_FAMILY} ${target})
endfunction()

# Every layer library, for the translation sources and the precompiled headers.
function(regiekamer_layers out)
    get_property(layers GLOBAL PROPERTY REGIEKAMER_LAYERS)
    set(${out} ${layers} PARENT_SCOPE)
endfunction()

# AUTOMOC only where there is something to moc: running moc's scan over a target without Q_OBJECT, Q_GADGET or
# Q_NAMESPACE cost about a second of build time per target, for nothing. Called once, after every target exists.
function(regiekamer_automoc_where_needed directory)
    get_property(targets DIRECTORY ${directory} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "INTERFACE_LIBRARY" OR type STREQUAL "UTILITY")
            continue()
        endif()
        get_target_property(sources ${target} SOURCES)
        get_target_property(source_dir ${target} SOURCE_DIR)
        set(needs_moc OFF)
        foreach(source IN LISTS sources)
            if(NOT IS_ABSOLUTE ${source})
                set(source ${source_dir}/${source})
            endif()
            if(EXISTS ${source} AND source MATCHES "\\.(h|cpp)$")
                file(STRINGS ${source} hits REGEX "Q_OBJECT|Q_GADGET|Q_NAMESPACE" LIMIT_COUNT 1)
                if(hits)
                    set(needs_moc ON)
                    break()
                endif()
            endif()
        endforeach()
        set_target_properties(${target} PROPERTIES AUTOMOC ${needs_moc})
    endforeach()
    get_property(subdirectories DIRECTORY ${directory} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        regiekamer_automoc_where_needed(${subdirectory})
    endforeach()
endfunction()
