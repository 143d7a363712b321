from django.urls import path

from . import views

app_name = "ads"
urlpatterns = [path("<int:pk>/frame/", views.ad_frame, name="frame")]
