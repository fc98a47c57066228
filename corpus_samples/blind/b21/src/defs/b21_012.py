"""b21-012: medicaid, Zemaira J0256 JZ. Styles (3) bilingual Spanish/English (Chicago clinic, dd/mm stated)
+ (7) relative-time log (stop given only as T+22).
Gaps: genotype missing (SERPINA1 pending; "probable ZZ" is uncertain; mother's ZZ is family),
smoking_status conflict (current smoker), prior_authorization missing (renewal pending, no number)."""

CHART_ID = "b21-012"
DOS = "2026-04-28"
PAYER = {"profile": "medicaid", "name": "Illinois Medicaid - HealthChoice Illinois MCO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 411, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [3, 7]

D1 = """
CLINICA PULMONAR PILSEN - NOTA DE PROGRESO / PROGRESS NOTE
Fecha (dd/mm/aaaa): 14/04/2026      Dr. Alejandro Ferrer Ruiz, Neumologia
Paciente: SOTELO MARQUEZ, Yesenia   48 F   MRN CPP-330918

S: Deficiencia de alfa-1 antitripsina (AATD) diagnosticada 08/2025 por nivel serico:
   AAT 31 mg/dL (nefelometria; ref 100-190). Genotipo SERPINA1 enviado el 02/04/2026,
   resultado PENDIENTE (primera muestra hemolizada). Fenotipo por IEF no realizado.
   Probablemente PI*ZZ por historia familiar (madre PI*ZZ, fallecio por cirrosis).
   Enfisema panlobular basal en TAC 07/2025; EPOC. VEF1 (FEV1) 52 % del predicho.
   Fumadora actual: 5 cigarrillos/dia (antes 1 cajetilla). En consejeria, parche 14 mg.
   Zemaira 60 mg/kg IV semanal desde 09/2025, martes.
   Respuesta al tratamiento: estable, sin hospitalizaciones ni uso de esteroides desde
   que inicio Zemaira; sube 2 pisos sin parar.
   Medicamentos: Trelegy 1 inh diaria, albuterol PRN, sertralina 50 mg, parche de
   nicotina 14 mg/24 h.
   Alergias: ninguna conocida.
O: Peso 70,1 kg. PA 128/80. FC 82. SpO2 94 % aire ambiente. Sibilancias escasas
   bilaterales, espiracion prolongada. Sin edema. Sin ictericia; higado no palpable.
   Laboratorio 03/2026: AST 28, ALT 31, bilirrubina 0,6 - normales.
A/P:
 1. AATD (E88.01) con enfisema - continuar Zemaira semanal. Esperar genotipo.
 2. Tabaquismo activo - reforzar cese; si no deja de fumar, la aseguradora podria
    suspender la autorizacion.
 3. Medicaid PA para Zemaira: en tramite (renovacion), numero pendiente.
 4. Hermano de 52 anos: pendiente de prueba.
 5. Vacunas al dia (influenza 10/2025, neumococo 2024). Rehabilitacion pulmonar: referida.
 6. Volver en 6 semanas con resultado de genotipo y espirometria.
                                         Dr. A. Ferrer Ruiz
"""

D2 = """
REGISTRO DE INFUSION / INFUSION RECORD        Clinica Pulmonar Pilsen - Chicago, IL
Fecha (dd/mm/aaaa): 28/04/2026     Paciente: Sotelo Marquez, Yesenia    MRN CPP-330918
Medicamento / Drug: ZEMAIRA (alfa1-proteinasa inhibidor humano)

Peso: 69,5 kg (bascula, llegada)
Dosis ordenada: 60 mg/kg = 4.170 mg  -> vial 4 g, potencia real 4.102 mg (se usa completo)
Lote: P100641127     Vence: 08/2027
Diluyente: agua esteril 76 mL, lote 25W0412
Dosis administrada: 4.102 mg
Desperdicio: 0 mg - vial completo / entire vial given
Hora de inicio: 15:05  (ver registro de monitoreo para el resto de tiempos)
Acceso: IV 22G antebrazo der.
Signos vitales: ver registro de monitoreo.
Reaccion: ninguna - sin urticaria, sin escalofrios, sin disnea nueva.
Verificacion de 2 enfermeras: R. Alvarado RN / P. Medina LPN (paciente, medicamento,
  dosis, lote, vencimiento).
Observaciones: educacion sobre cese de fumar en espanol; entregada linea 1-800-QUIT-NOW.
Proxima dosis: 05/05/2026 (dd/mm = 5 de mayo).
Enf. Rocio Alvarado, RN
"""

D3 = """
MONITOREO DE INFUSION (tiempos relativos)  - 28/04/2026
Pt: Sotelo Marquez, Y.    Zemaira 4.102 mg    T0 = inicio de infusion (15:05)

  T-30   llegada, peso 69,5 kg, SV: PA 130/82 FC 84 FR 18 SpO2 94 % T 36,7
  T-15   vial reconstituido (76 mL), sin particulas
  T-8    IV colocado, flush 10 mL SS
  T0     inicio Zemaira, bomba 4,0 mL/min
  T+10   SV: PA 126/80  FC 86  SpO2 95 %  sin enrojecimiento
  T+22   fin de infusion (bomba "completo"), flush 10 mL SS
  T+25   SV: PA 124/78  FC 82  SpO2 95 %
  T+40   IV retirado, sitio limpio
  T+43   alta, camina sin ayuda
Sin reaccion durante la infusion ni en la observacion.
Firma: R. Alvarado RN
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-04-14", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-04-28", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-04-28", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Deficiencia de alfa-1 antitripsina (AATD) diagnosticada 08/2025"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d1", "_ev": "AAT 31 mg/dL (nefelometria"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Enfisema panlobular basal"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "EPOC"},
    {"kind": "fev1", "value": 52, "_doc": "d1", "_ev": "VEF1 (FEV1) 52 % del predicho"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "Fumadora actual: 5 cigarrillos/dia"},
    {"kind": "weight", "value": 70.1, "unit": "kg", "value_kg": 70.1, "_doc": "d1", "_ev": "Peso 70,1 kg", "_date": "2026-04-14"},
    {"kind": "weight", "value": 69.5, "unit": "kg", "value_kg": 69.5, "_doc": "d2", "_ev": "Peso: 69,5 kg", "_date": "2026-04-28"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "Medicamento / Drug: ZEMAIRA", "_dos": True},
    {"kind": "dose", "value": 4102, "_doc": "d2", "_ev": "Dosis administrada: 4.102 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Desperdicio: 0 mg"},
    {"kind": "lot_number", "value": "P100641127", "_doc": "d2", "_ev": "Lote: P100641127"},
    {"kind": "expiration_date", "value": "2027-08", "_doc": "d2", "_ev": "Vence: 08/2027"},
    {"kind": "infusion_start", "value": "15:05", "_doc": "d2", "_ev": "Hora de inicio: 15:05"},
    {"kind": "infusion_end", "value": "15:27", "_doc": "d3", "_ev": "T+22   fin de infusion",
     "_rel": {"t0": "15:05", "t0_ev": "T0 = inicio de infusion (15:05)", "offset": 22}},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "Respuesta al tratamiento: estable, sin hospitalizaciones"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "missing",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "conflict",
}

ARITH = {
    "weight_kg": 69.5, "weight_date": "2026-04-28", "dose_mg": 4102,
    "target_mg": 4170.0, "low_mg": 3753.0, "high_mg": 4587.0, "pct_diff": -1.63, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 411, "units_billed": 411,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2027-08"], "expiration_ok": True,
    "times_derived": {"t0": "15:05", "end": "T+22 -> 15:27"},
}

NOTES = """
Chicago clinic serving Spanish speakers: bilingual progress note and infusion record (decimal
commas, dot thousands 4.102 mg, dd/mm stated); relative-time monitoring log anchored at
T0 = infusion start 15:05, with the end only as "T+22" (15:27).
Gaps (3): genotype missing (SERPINA1 pending, IEF not done; "Probablemente PI*ZZ" is uncertain
and the mother's PI*ZZ is family history); smoking_status conflict (current smoker, 5/day);
prior_authorization missing (renewal "en tramite, numero pendiente"; no number in the chart).
Traps: ordered 4.170 mg (60 mg/kg); 4 g vial / 76 mL; diluent lot 25W0412; the relative
arrival/reconstitution/PIV/vitals/discharge rows; reference range 100-190; 70,1 kg on 14/04
(finding; DOS 69,5 kg decides); next dose 05/05/2026; brother pending; hypothetical loss of
authorization; genotype sent 02/04/2026 (dd/mm).
"""
