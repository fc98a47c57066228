"""b21-009: medicaid, Aralast NP J0256 + JW. Styles (3) bilingual Spanish/English US clinic (dd/mm
stated) + (7) relative-time monitoring log. Complete."""

CHART_ID = "b21-009"
DOS = "2026-05-12"
PAYER = {"profile": "medicaid", "name": "Lone Star Medicaid Managed Care (STAR)"}
PRIOR_AUTH = "TX-MCD-A1P-30077"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 336, "modifiers": []},
    {"hcpcs": "J0256", "units": 14, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [3, 7]

D1 = """
CLINICA DEL VALLE - NEUMOLOGIA / PULMONARY            El Paso, TX
NOTA DE PROGRESO - PROGRESS NOTE        Fecha / Date: 14/04/2026 (dd/mm/aaaa)
Paciente: ARMENDARIZ LUJAN, Guadalupe    DOB 03/19/1960 (mm/dd)   Exp. CV-22871
Proveedor: Hector Salcido, MD

S: Seguimiento de deficiencia de alfa-1 antitripsina (AATD). Genotipo PI*ZZ (2019).
   AAT serica 0,38 g/L antes de tratamiento. Enfisema panlobular en TAC 2019; EPOC
   (COPD) GOLD 3. Ex fumadora, dejo en 2016 (20 paq-ano). Aralast NP semanal desde
   08/2020, los martes.
   Reports / refiere: 1 exacerbacion en los ultimos 12 meses (antes del tratamiento
   tenia 4 por ano). Camina al mercado sin parar. Tos leve en la manana.
   Medicamentos: Trelegy 1 inh diaria, albuterol PRN, metformina 500 mg BID,
   atorvastatina 20 mg. Alergias: penicilina (ronchas).
   Diabetes tipo 2 controlada (A1c 6,8 %).
O: Peso 56,4 kg. PA 124/76, FC 78, SpO2 93 %. Sibilancias espiratorias leves.
   Espirometria 03/2026: VEF1 (FEV1) 0,82 L = 39 % del predicho; VEF1/CVF 0,41.
A/P:
 1. AATD PI*ZZ con enfisema - respuesta a la terapia de aumento: buena, menos
    exacerbaciones, funcion pulmonar estable (VEF1 40 % -> 39 % en 1 ano). Tolera bien.
    Continuar Aralast NP 60 mg/kg IV semanal.
 2. EPOC: continuar Trelegy; albuterol PRN.
 3. Autorizacion previa Medicaid: TX-MCD-A1P-30077, vigente hasta 31/10/2026.
 4. Hija de 35 anos: PI*MZ, AAT 92 mg/dL - consejeria dada, no requiere terapia.
Si baja de peso a menos de 50 kg, ajustar dosis.
                                                    H. Salcido, MD
"""

D2 = """
REGISTRO DE INFUSION / INFUSION RECORD - ARALAST NP        Clinica del Valle
Fecha (dd/mm/aaaa): 12/05/2026     Paciente: Armendariz Lujan, Guadalupe   Exp. CV-22871
Idioma: espanol      Alergias: penicilina (ronchas)

Peso / Weight: 55,9 kg            Talla: 152 cm
Orden: Aralast NP 60 mg/kg IV semanal  -> dosis calculada 3.354 mg, redondeada 3.360 mg
Viales reconstituidos: 3 x 1 g + 1 x 0,5 g (total 3.500 mg), 20 mg/mL
  Lote: LE1204AT (1 g x 3)   Vence: 30/11/2026
  Lote: LE1187BT (0,5 g)     Vence: 31/08/2026
Filtro 5 micras. Velocidad max 0,08 mL/kg/min = 4,5 mL/min.

Hora de inicio: 13:20
Hora de termino: 14:04
Dosis administrada: 3.360 mg (168 mL)
Desperdicio: 140 mg (resto del vial de 0,5 g, uso unico, descartado) - testigo: R. Ochoa LVN
Reaccion: ninguna. Ver registro de monitoreo (tiempos relativos).

Signos vitales: ver registro de monitoreo (PA, FC, FR, SpO2 cada 15 min).
Verificacion doble / double check: M. Quintero RN + R. Ochoa LVN - paciente, farmaco,
  dosis, lote y vencimiento correctos.
Educacion: en espanol, con folleto; la paciente repite las instrucciones.

Semana anterior (05/05/2026): 3.360 mg, lote LE1187BT, desperdicio 140 mg.
Enfermera: Marisol Quintero, RN
"""

D3 = """
REGISTRO DE MONITOREO / MONITORING LOG - relative times     12/05/2026 (dd/mm)
Pt: Armendariz Lujan, G.   Aralast NP 3.360 mg IV
T0 = 13:20 = inicio de infusion / infusion start (only clock time on this log)

 T-25 min   llegada, ID verificada, peso 55,9 kg
 T-20 min   SV / VS: PA 126/78  FC 80  FR 18  SpO2 93 %  T 36,5
 T-12 min   IV periferico 22G mano der., flush SS 10 mL
 T0         inicio Aralast NP 2,5 mL/min
 +15 min    SV 122/74  FC 82  SpO2 94 % - sin reaccion; sube a 4,0 mL/min
 +30 min    SV 120/74  FC 80  SpO2 94 %
 at 44 min  fin de infusion / end of infusion - 168 mL; flush SS 10 mL
 +50 min    SV 118/72  FC 78  SpO2 94 %
 +62 min    IV retirado, sitio limpio; alta a casa con su hijo
Educacion en espanol: signos de reaccion tardia, llamar si fiebre o ronchas.
RN M. Quintero
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-04-14", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-05-12", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-05-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "deficiencia de alfa-1 antitripsina (AATD)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d1", "_ev": "Genotipo PI*ZZ (2019)"},
    {"kind": "serum_aat", "value": 0.38, "unit": "g/L", "_doc": "d1", "_ev": "AAT serica 0,38 g/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Enfisema panlobular en TAC 2019"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "EPOC\n   (COPD) GOLD 3"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Ex fumadora, dejo en 2016"},
    {"kind": "fev1", "value": 39, "_doc": "d1", "_ev": "VEF1 (FEV1) 0,82 L = 39 % del predicho"},
    {"kind": "fev1", "value": 40, "_doc": "d1", "_ev": "VEF1 40 % -> 39 %"},
    {"kind": "prior_authorization", "value": "TX-MCD-A1P-30077", "_doc": "d1", "_ev": "Autorizacion previa Medicaid: TX-MCD-A1P-30077"},
    {"kind": "weight", "value": 56.4, "unit": "kg", "value_kg": 56.4, "_doc": "d1", "_ev": "Peso 56,4 kg", "_date": "2026-04-14"},
    {"kind": "weight", "value": 55.9, "unit": "kg", "value_kg": 55.9, "_doc": "d2", "_ev": "Peso / Weight: 55,9 kg", "_date": "2026-05-12"},
    {"kind": "drug_product", "value": "Aralast NP", "_doc": "d2", "_ev": "INFUSION RECORD - ARALAST NP", "_dos": True},
    {"kind": "dose", "value": 3360, "_doc": "d2", "_ev": "Dosis administrada: 3.360 mg (168 mL)"},
    {"kind": "wastage", "value": 140, "_doc": "d2", "_ev": "Desperdicio: 140 mg (resto del vial de 0,5 g"},
    {"kind": "lot_number", "value": "LE1204AT", "_doc": "d2", "_ev": "Lote: LE1204AT (1 g x 3)"},
    {"kind": "lot_number", "value": "LE1187BT", "_doc": "d2", "_ev": "Lote: LE1187BT (0,5 g)"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d2", "_ev": "Vence: 30/11/2026", "_fmt": "dmy"},
    {"kind": "expiration_date", "value": "2026-08-31", "_doc": "d2", "_ev": "Vence: 31/08/2026", "_fmt": "dmy"},
    {"kind": "infusion_start", "value": "13:20", "_doc": "d2", "_ev": "Hora de inicio: 13:20"},
    {"kind": "infusion_end", "value": "14:04", "_doc": "d2", "_ev": "Hora de termino: 14:04"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "respuesta a la terapia de aumento: buena, menos\n    exacerbaciones"},
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
}

ARITH = {
    "weight_kg": 55.9, "weight_date": "2026-05-12", "dose_mg": 3360,
    "target_mg": 3354.0, "low_mg": 3018.6, "high_mg": 3689.4, "pct_diff": 0.18, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 336, "units_billed": 336,
    "waste_mg": 140, "jw_units_expected": 14, "jw_units_billed": 14, "modifier": "JW",
    "expirations": ["2026-11-30", "2026-08-31"], "expiration_ok": True,
    "times_check": "relative log T0 13:20, 'at 44 min' end = 14:04, same as the record",
}

NOTES = """
Bilingual US (El Paso) clinic: Spanish/English progress note and infusion record with decimal
commas, dot thousands (3.360 mg) and dd/mm dates declared on each form (12/05/2026 = May 12;
the DOB is marked mm/dd); relative-time monitoring log with T0 = 13:20 as the only clock time
("+15 min", "at 44 min" end -> 14:04, same as "Hora de termino").
Complete (Medicaid JW: 140 mg -> 14 units; administered 336 units).
Traps: calculated 3.354 mg and "redondeada" 3.360 (same value); vials total 3.500 mg; last
week's row (05/05, lot LE1187BT, 140 mg); relative arrival/vitals/PIV/discharge rows; max rate
4,5 mL/min; 56,4 kg on 14/04 (finding; the DOS 55,9 kg decides); daughter PI*MZ 92 mg/dL;
hypothetical weight < 50 kg; PA expiry 31/10/2026; VEF1/CVF 0,41.
"""
