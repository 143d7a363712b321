from django.urls import path

from . import views

app_name = "analytics"
urlpatterns = [
    path("hit/", views.hit, name="hit"),
    path("counts/", views.counts, name="counts"),
]
