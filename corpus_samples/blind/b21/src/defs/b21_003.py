"""b21-003: commercial (Puerto Rico), Prolastin-C Liquid J0256 JZ. Styles (3) bilingual Spanish/English
+ (4) pharmacist verification / BPA printout. Complete (PI*SZ with a level below threshold)."""

CHART_ID = "b21-003"
DOS = "2026-04-09"
PAYER = {"profile": "commercial", "name": "Salud Islena Plus - Comercial"}
PRIOR_AUTH = "SI-PA-2026-118840"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [3, 4]

D1 = """
CENTRO DE NEUMOLOGIA Y TERAPIA DE INFUSION DEL ESTE - Carolina, PR
NOTA DE PROGRESO / PROGRESS NOTE - Neumologia
Paciente: ROSADO FIGUEROA, Maria del Carmen     Exp. 552-019-4     Edad 58   F
Fecha de visita: 12/03/2026 (dd/mm/aaaa)        Medico: Dr. Efrain Quinones Beltran

Motivo / CC: seguimiento deficiencia de alfa-1 antitripsina, terapia semanal.

Historia: Paciente con deficiencia de alfa-1 antitripsina (AATD) diagnosticada en 2021
durante evaluacion de disnea. Fenotipo Pi SZ (IEF, 2021); nivel serico de AAT 48 mg/dL
(nefelometria) antes de iniciar terapia. TC de torax 2021: enfisema panlobular basal
bilateral. EPOC / COPD por espirometria. Nunca ha fumado (esposo fumador, fuma afuera).
En terapia de aumento con Prolastin-C Liquid 60 mg/kg IV semanal desde 01/2022.
Hermano de 61 anos con PI*MS - no requiere terapia. Madre fallecida, "problemas del
higado" - no se hizo prueba.

Medicamentos: Breztri 2 inh BID, albuterol PRN, calcio + vit D, losartan 50 mg.

Examen: Peso 63,2 kg. PA 126/78, FC 80, SpO2 95 % aire ambiente. Murmullo vesicular
disminuido en bases, sin sibilancias hoy.
Espirometria hoy: FEV1 1,08 L = 47 % del predicho (post-BD), FVC 2,60 L (81 %).
En 02/2024 FEV1 era 52 % del predicho.

Evaluacion / Assessment:
1. AATD fenotipo SZ con nivel bajo (48 mg/dL) + enfisema panlobular. Respuesta a la
   terapia: estable, sin exacerbaciones desde 10/2025, camina 20 min diarios; tolera
   bien Prolastin-C Liquid. Continuar 60 mg/kg semanal.
2. Peso bajando (66,0 kg en 11/2025) - referido a nutricion; pedir a farmacia que
   actualice el peso de dosificacion en la orden.
3. Autorizacion previa vigente: SI-PA-2026-118840 (hasta 31/12/2026).
Plan: repetir espirometria en 6 meses. Si FEV1 baja < 35 %, evaluar para trasplante.
                                             Dr. E. Quinones Beltran, Neumologo
"""

D2 = """
REGISTRO DE ADMINISTRACION DE INFUSION / INFUSION ADMINISTRATION RECORD
Centro de Neumologia y Terapia de Infusion del Este        Sala B - silla 4
Paciente: Rosado Figueroa, Maria del C.    Exp. 552-019-4
Fecha (dd/mm/aaaa): 09/04/2026       Alergias: NKDA / ninguna conocida

Llegada / arrival: 09:25
Peso / weight: 61,8 kg  (bascula de silla, 09:31)      Talla: 157 cm
Signos vitales pre: 09:40  PA 122/74  FC 82  FR 18  SpO2 95 %  Temp 36,6 C

Medicamento: PROLASTIN-C LIQUID (alfa1-proteinasa inhibidor humano) 50 mg/mL
Dosis ordenada: 60 mg/kg          Dosis verificada por farmacia: 3.500 mg
Viales:  3 x 1.000 mg (20 mL)  Lote: PR4C7719   Vence: 31/01/2027
         1 x 500 mg (10 mL)    Lote: PR4C5502   Vence: 30/11/2026
Acceso: IV periferico 22G antebrazo izq., colocado 10:05, retorno +, flush SS 10 mL

Hora de inicio: 10:18       Velocidad: 3,5 mL/min (max 0,08 mL/kg/min = 4,9 mL/min)
Signos vitales 10:30: PA 120/72  FC 84  SpO2 95 %  - sin reaccion
Hora de termino: 10:41      Flush SS 10 mL al terminar
Dosis administrada: 3.500 mg (3,5 g) - 70 mL
Desperdicio: 0 mg (todos los viales usados completos / all vials fully used)
Signos vitales post: 10:45  PA 118/70  FC 80  SpO2 96 %
IV removido 10:52, sitio sin eritema. Alta 10:58 en compania de su hija.

Observaciones: Pte tolero la infusion sin reaccion adversa. Educada sobre signos de
reacion tardia. Proxima cita: 16/04/2026 9:30 AM.
Enfermera: Lcda. Yarimar Colon Pagan, RN  (lic. 14482)
"""

D3 = """
PHARMACY ORDER VERIFICATION - INFUSION PHARMACY           Verified 04/09/2026 09:58
Patient: ROSADO FIGUEROA, MARIA DEL C    MRN 552-019-4    DOB 10/22/1967
Order #4471209   alpha1-proteinase inhibitor (human) [PROLASTIN-C LIQUID]
   60 mg/kg IV once weekly - ordering provider Quinones Beltran, E.
   Weight on order: 66.0 kg (11/18/2025)  -> order calc 3,960 mg

*** BEST PRACTICE ADVISORY fired 09:52 ***
   WEIGHT CHANGE ALERT: Current weight 61.8 kg (04/09/2026 09:31) differs from the
   weight on the order 66.0 kg (11/18/2025) by -6.4 % (threshold +/- 5 %).
   Action taken: Dosing weight updated to 61.8 kg.  (user: JRIVERA, PharmD)
*** DOSE RANGE CHECK ***
   Verified dose 3,500 mg is 5.6 % below calculated dose 3,708 mg.
   Override reason selected: "Rounded to nearest vial size - within 10 % per
   institutional rounding policy (P&T 2019-07)".

DOSE SUMMARY               Calculated      Verified      Administered (MAR)
   mg/kg                   60              56.6          --
   Dose                    3,708 mg        3,500 mg      3,500 mg
   Product / vials         --              3 x 1,000 mg + 1 x 500 mg (all full vials)

Previous dose 04/02/2026: 4,000 mg (single 4 g vial, on old weight 66.0 kg).
Charge capture note: J0256 x 350 units, JZ (no discarded drug).
IgA 210 mg/dL (2021) - no IgA deficiency.
Comments: Pt on Breztri + albuterol; no interactions. Next verification 04/16.
J. Rivera Ortiz, PharmD
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-04-09", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-04-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "deficiencia de alfa-1 antitripsina (AATD) diagnosticada en 2021"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d1", "_ev": "Fenotipo Pi SZ (IEF, 2021)"},
    {"kind": "serum_aat", "value": 48, "unit": "mg/dL", "_doc": "d1", "_ev": "nivel serico de AAT 48 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "enfisema panlobular basal"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "EPOC / COPD por espirometria"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Nunca ha fumado"},
    {"kind": "fev1", "value": 47, "_doc": "d1", "_ev": "FEV1 1,08 L = 47 % del predicho"},
    {"kind": "fev1", "value": 52, "_doc": "d1", "_ev": "FEV1 era 52 % del predicho"},
    {"kind": "weight", "value": 63.2, "unit": "kg", "value_kg": 63.2, "_doc": "d1", "_ev": "Peso 63,2 kg", "_date": "2026-03-12"},
    {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0, "_doc": "d3", "_ev": "Weight on order: 66.0 kg (11/18/2025)", "_date": "2025-11-18"},
    {"kind": "weight", "value": 61.8, "unit": "kg", "value_kg": 61.8, "_doc": "d2", "_ev": "Peso / weight: 61,8 kg", "_date": "2026-04-09"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d2", "_ev": "Medicamento: PROLASTIN-C LIQUID", "_dos": True},
    {"kind": "dose", "value": 3500, "_doc": "d2", "_ev": "Dosis administrada: 3.500 mg (3,5 g)"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Desperdicio: 0 mg"},
    {"kind": "lot_number", "value": "PR4C7719", "_doc": "d2", "_ev": "Lote: PR4C7719"},
    {"kind": "lot_number", "value": "PR4C5502", "_doc": "d2", "_ev": "Lote: PR4C5502"},
    {"kind": "expiration_date", "value": "2027-01-31", "_doc": "d2", "_ev": "Vence: 31/01/2027", "_fmt": "dmy"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d2", "_ev": "Vence: 30/11/2026", "_fmt": "dmy"},
    {"kind": "infusion_start", "value": "10:18", "_doc": "d2", "_ev": "Hora de inicio: 10:18"},
    {"kind": "infusion_end", "value": "10:41", "_doc": "d2", "_ev": "Hora de termino: 10:41"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "Respuesta a la\n   terapia: estable, sin exacerbaciones desde 10/2025"},
    {"kind": "prior_authorization", "value": "SI-PA-2026-118840", "_doc": "d1", "_ev": "Autorizacion previa vigente: SI-PA-2026-118840"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "weight_kg": 61.8, "weight_date": "2026-04-09", "dose_mg": 3500,
    "target_mg": 3708.0, "low_mg": 3337.2, "high_mg": 4078.8, "pct_diff": -5.61, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 350, "units_billed": 350,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2027-01-31", "2026-11-30"], "expiration_ok": True,
}

NOTES = """
Puerto Rico clinic: bilingual progress note and Spanish infusion record with decimal commas
(61,8 kg), dot thousands (3.500 mg) and dd/mm dates stated on the form (09/04/2026 = April 9);
English pharmacy verification with a weight-change BPA citing the 11/2025 order weight and a
dose-range override (calculated 3,708 / verified 3,500 / administered 3,500).
Complete: PI*SZ is accepted on this commercial profile because the documented level (48 mg/dL,
nephelometry) is below 57 mg/dL.
Traps: order calc 3,960 mg and previous 4,000 mg dose on 04/02; 56.6 mg/kg; vial sizes;
"Dosis verificada" (same value); arrival/weight/vitals/PIV/removal/discharge and verification
times; max rate 4,9 mL/min; brother PI*MS; husband smokes; hypothetical FEV1 < 35 %; IgA;
charge-capture text J0256 x 350; older weights 63,2 kg (03/12) and 66.0 kg (11/18/2025) are
findings but the DOS weight decides.
"""
